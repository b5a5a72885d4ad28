package org.bt4j.gateway.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Predicate;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;

/**
 * A minimal blocking TWS client over the shared codec, for gateway tests. Messages read while
 * waiting for something else stay buffered for later {@link #await} calls. One thread.
 */
final class TestClient implements AutoCloseable {

    final Socket socket;
    final InputStream in;
    final OutputStream out;
    final int version;
    /** Every message received, in order. */
    final List<ServerMessage> seen = new ArrayList<>();
    private final LinkedList<ServerMessage> pending = new LinkedList<>();

    TestClient(int port, String range) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        Framing.writeClientHello(out, VersionRange.parse(range));
        out.flush();
        version = Framing.readServerHello(in, Wire.MAX_FRAME_SIZE).serverVersion();
    }

    static TestClient connect(int port, int clientId) throws IOException {
        TestClient c = new TestClient(port, "v176..187");
        c.send(new ClientMessage.StartApi(clientId, ""));
        return c;
    }

    void send(ClientMessage m) throws IOException {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        w.writeFrame(out);
        out.flush();
    }

    /**
     * A round trip (reqCurrentTime → currentTime): when it returns, the gateway has handled every
     * request sent before, so a test may move the virtual clock without racing the socket reader.
     */
    void sync() throws IOException {
        send(new ClientMessage.ReqCurrentTime());
        await(ServerMessage.CurrentTime.class);
    }

    /** Next unconsumed message, or null at end of stream. */
    ServerMessage next() throws IOException {
        if (!pending.isEmpty()) {
            return pending.removeFirst();
        }
        return read();
    }

    private ServerMessage read() throws IOException {
        byte[] p = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
        if (p == null) {
            return null;
        }
        ServerMessage m = ServerMessage.read(new FieldReader(p), version);
        seen.add(m);
        return m;
    }

    /** Takes the first message of {@code type} passing {@code test}; others stay buffered. */
    @SuppressWarnings("unchecked")
    <T extends ServerMessage> T await(Class<T> type, Predicate<T> test) throws IOException {
        for (Iterator<ServerMessage> it = pending.iterator(); it.hasNext(); ) {
            ServerMessage m = it.next();
            if (type.isInstance(m) && test.test((T) m)) {
                it.remove();
                return (T) m;
            }
        }
        int from = seen.size();
        while (true) {
            ServerMessage m;
            try {
                m = read();
            } catch (SocketTimeoutException e) {
                throw new IOException("timed out waiting for " + type.getSimpleName() + "; received meanwhile: "
                        + seen.subList(from, seen.size()), e);
            }
            if (m == null) {
                throw new IOException("connection closed while waiting for " + type.getSimpleName() + "; received: "
                        + seen.subList(from, seen.size()));
            }
            if (type.isInstance(m) && test.test((T) m)) {
                return (T) m;
            }
            pending.add(m);
        }
    }

    <T extends ServerMessage> T await(Class<T> type) throws IOException {
        return await(type, x -> true);
    }

    ServerMessage.ErrorMsg awaitError(int code) throws IOException {
        return await(ServerMessage.ErrorMsg.class, e -> e.code() == code);
    }

    /** Reads until the gateway closes the connection; fails if it stays open. */
    void awaitClosed() throws IOException {
        try {
            while (read() != null) {
                // drain
            }
        } catch (java.net.SocketException e) {
            // reset by the peer: closed as well
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
