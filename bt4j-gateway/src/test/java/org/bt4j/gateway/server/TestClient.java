package org.bt4j.gateway.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;

/** A minimal blocking TWS client over the shared codec, for gateway tests. One thread. */
final class TestClient implements AutoCloseable {

    final Socket socket;
    final InputStream in;
    final OutputStream out;
    final int version;
    final List<ServerMessage> seen = new ArrayList<>();

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

    /** Next message, or null at end of stream. */
    ServerMessage next() throws IOException {
        byte[] p = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
        if (p == null) {
            return null;
        }
        ServerMessage m = ServerMessage.read(new FieldReader(p), version);
        seen.add(m);
        return m;
    }

    @SuppressWarnings("unchecked")
    <T extends ServerMessage> T await(Class<T> type, Predicate<T> test) throws IOException {
        while (true) {
            ServerMessage m = next();
            if (m == null) {
                throw new IOException("connection closed while waiting for " + type.getSimpleName());
            }
            if (type.isInstance(m) && test.test((T) m)) {
                return (T) m;
            }
        }
    }

    <T extends ServerMessage> T await(Class<T> type) throws IOException {
        return await(type, x -> true);
    }

    ServerMessage.ErrorMsg awaitError(int code) throws IOException {
        return await(ServerMessage.ErrorMsg.class, e -> e.code() == code);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
