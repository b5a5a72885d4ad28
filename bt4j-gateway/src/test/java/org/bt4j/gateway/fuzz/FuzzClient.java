package org.bt4j.gateway.fuzz;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;

/**
 * A raw loopback TWS API client for hostile tests: it can speak the protocol correctly, write any
 * bytes, and tell whether the gateway still answers or has closed the connection. One thread.
 */
final class FuzzClient implements AutoCloseable {

    /** What the gateway did after a probe. */
    enum Outcome { ANSWERED, CLOSED, SILENT }

    final Socket socket;
    final InputStream in;
    final OutputStream out;
    int version = Wire.MAX_VERSION;
    /** Texts of error 322 ("Error processing request"): the gateway failed inside its own handling. */
    final java.util.List<String> internalErrors = new java.util.ArrayList<>();

    private FuzzClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Opens a TCP connection without saying anything. */
    static FuzzClient open(int port) throws IOException {
        return new FuzzClient(port);
    }

    /** Connects, completes the handshake and sends START_API with {@code clientId}. */
    static FuzzClient started(int port, int clientId) throws IOException {
        FuzzClient c = new FuzzClient(port);
        c.socket.setSoTimeout(5000);
        Framing.writeClientHello(c.out, VersionRange.CLIENT);
        c.out.flush();
        c.version = Framing.readServerHello(c.in, Wire.MAX_FRAME_SIZE).serverVersion();
        c.send(new ClientMessage.StartApi(clientId, ""));
        return c;
    }

    void send(ClientMessage m) throws IOException {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        w.writeFrame(out);
        out.flush();
    }

    /** Writes a 4-byte length prefix of {@code announced} and then {@code payload}, whatever its size. */
    void sendRaw(int announced, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) (announced >>> 24), (byte) (announced >>> 16), (byte) (announced >>> 8),
            (byte) announced});
        out.write(payload);
        out.flush();
    }

    /**
     * Reads until a currentTime message arrives (ANSWERED), the gateway closes the connection
     * (CLOSED), or {@code millis} pass without either (SILENT).
     */
    Outcome awaitCurrentTime(int millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return Outcome.SILENT;
            }
            socket.setSoTimeout((int) left);
            byte[] p;
            try {
                p = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
            } catch (SocketTimeoutException e) {
                return Outcome.SILENT;
            } catch (IOException e) {
                return Outcome.CLOSED;
            }
            if (p == null) {
                return Outcome.CLOSED;
            }
            ServerMessage m = ServerMessage.read(new FieldReader(p), version);
            if (m instanceof ServerMessage.CurrentTime) {
                return Outcome.ANSWERED;
            }
            if (m instanceof ServerMessage.ErrorMsg e && e.code() == 322) {
                internalErrors.add(e.message());
            }
        }
    }

    /** Reads and discards until the gateway closes the connection (true) or {@code millis} pass (false). */
    boolean awaitClosed(int millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        byte[] sink = new byte[8192];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            socket.setSoTimeout((int) left);
            try {
                if (in.read(sink) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
