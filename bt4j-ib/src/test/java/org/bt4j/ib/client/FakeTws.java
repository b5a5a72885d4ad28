package org.bt4j.ib.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;

/** Test helper (also for the store's tests): a one-connection TWS stand-in on 127.0.0.1 speaking the shared codec. */
public final class FakeTws implements AutoCloseable {

    final ServerSocket server;
    final BlockingQueue<ClientMessage> received = new LinkedBlockingQueue<>();
    volatile Socket socket;
    private volatile OutputStream out;
    private final int version;

    public FakeTws(int version) throws IOException {
        this.version = version;
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Accepts one client, answers the handshake and START_API with {@code startup}, then records requests. */
    public void serveOnce(List<ServerMessage> startup) {
        Thread t = new Thread(() -> {
            try {
                socket = server.accept();
                InputStream in = new BufferedInputStream(socket.getInputStream());
                out = socket.getOutputStream();
                VersionRange range = Framing.readClientHello(in);
                Framing.writeServerHello(out, Math.min(range.max(), version), "20240105 09:15:02 EST");
                ClientMessage start = ClientMessage.read(new FieldReader(Framing.readFrame(in, 1 << 24)), version);
                received.add(start);
                for (ServerMessage m : startup) {
                    send(m);
                }
                while (true) {
                    byte[] f = Framing.readFrame(in, 1 << 24);
                    if (f == null) {
                        return;
                    }
                    received.add(ClientMessage.read(new FieldReader(f), version));
                }
            } catch (IOException e) {
                // connection ended
            }
        }, "fake-tws");
        t.setDaemon(true);
        t.start();
    }

    public synchronized void send(ServerMessage m) throws IOException {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        w.writeFrame(out);
        out.flush();
    }

    public ClientMessage next() throws InterruptedException {
        ClientMessage m = received.poll(5, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("the fake TWS received nothing within 5 s");
        }
        return m;
    }

    public void dropConnection() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
    }
}
