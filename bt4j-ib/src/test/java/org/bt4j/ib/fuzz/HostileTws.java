package org.bt4j.ib.fuzz;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;

/**
 * A TWS stand-in on 127.0.0.1 that serves one connection per {@link Script}: it may complete the
 * handshake and START_API like TWS and then write arbitrary (raw, possibly malformed) bytes, or
 * misbehave during the handshake itself. Threading: one server thread per script.
 */
final class HostileTws implements AutoCloseable {

    /** What to do with one accepted connection. */
    @FunctionalInterface
    interface Script {
        void serve(Socket socket, InputStream in, OutputStream out) throws IOException;
    }

    private final ServerSocket server;

    HostileTws() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    int port() {
        return server.getLocalPort();
    }

    /** Accepts the next connection on a new thread and runs {@code script} on it; the socket is closed after. */
    Thread serveOnce(Script script) {
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                script.serve(s, new BufferedInputStream(s.getInputStream()), s.getOutputStream());
            } catch (IOException e) {
                // the client hung up first: part of the game
            }
        }, "hostile-tws");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Answers the greeting and START_API like TWS: version, managedAccounts, nextValidId. */
    static void handshake(InputStream in, OutputStream out) throws IOException {
        VersionRange range = Framing.readClientHello(in);
        Framing.writeServerHello(out, Math.min(range.max(), Wire.MAX_VERSION), "20240105 09:15:02 EST");
        byte[] start = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
        ClientMessage.read(new FieldReader(start), Wire.MAX_VERSION);
        writeFrame(out, Corpus.encode(new ServerMessage.ManagedAccounts(java.util.List.of("DU1234567"))));
        writeFrame(out, Corpus.encode(new ServerMessage.NextValidId(1)));
        out.flush();
    }

    /** Writes a frame with its true length prefix. */
    static void writeFrame(OutputStream out, byte[] payload) throws IOException {
        writeRaw(out, payload.length, payload);
    }

    /** Writes {@code announced} as the length prefix, then {@code payload}, whatever its real size. */
    static void writeRaw(OutputStream out, int announced, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) (announced >>> 24), (byte) (announced >>> 16), (byte) (announced >>> 8),
            (byte) announced});
        out.write(payload);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
