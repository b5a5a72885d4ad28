package org.bt4j.gateway.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A byte-level TWS API session that does not use bt4j's codec: requests are written exactly as
 * the reference's vectors show them ({@code |} = NUL, framed with a 4-byte big-endian length) and
 * replies are split into their text fields, so the gateway can be checked against what IB's own
 * clients send and expect. One thread.
 */
final class RawSession implements AutoCloseable {

    final Socket socket;
    final DataInputStream in;
    final OutputStream out;
    private final LinkedList<String[]> pending = new LinkedList<>();
    /** Every frame received, as fields. */
    final List<String[]> seen = new ArrayList<>();

    RawSession(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /**
     * A session started as IB's official client 10.30 starts one ({@code v100..187}, START_API with
     * {@code clientId}), read up to its nextValidId.
     */
    static RawSession started(int port, int clientId) throws IOException {
        RawSession s = new RawSession(port);
        s.write(OfficialClientConformanceTest.HELLO_10_30);
        s.read();
        s.send("71|2|" + clientId + "||");
        s.await(9);
        return s;
    }

    /** Writes raw bytes. */
    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Writes one framed message given as a vector such as {@code 49|1|}. */
    void send(String vector) throws IOException {
        write(frame(vector));
    }

    /** The frame of a vector: 4-byte length, then the text with every {@code |} a NUL. */
    static byte[] frame(String vector) {
        byte[] payload = vector.replace('|', '\0').getBytes(StandardCharsets.UTF_8);
        byte[] f = new byte[4 + payload.length];
        f[0] = (byte) (payload.length >>> 24);
        f[1] = (byte) (payload.length >>> 16);
        f[2] = (byte) (payload.length >>> 8);
        f[3] = (byte) payload.length;
        System.arraycopy(payload, 0, f, 4, payload.length);
        return f;
    }

    /** Reads one frame's fields (the NUL after the last field gives no extra element). */
    String[] read() throws IOException {
        int len = in.readInt();
        byte[] p = new byte[len];
        in.readFully(p);
        if (len == 0 || p[len - 1] != 0) {
            throw new IOException("frame does not end with NUL: " + new String(p, StandardCharsets.UTF_8));
        }
        String[] fields = new String(p, 0, len - 1, StandardCharsets.UTF_8).split("\0", -1);
        seen.add(fields);
        return fields;
    }

    /** True when nothing arrives within {@code millis}. */
    boolean silentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(5000);
        }
    }

    /** The next frame whose message id is {@code id} and that passes {@code test}; others stay buffered. */
    String[] await(int id, Predicate<String[]> test) throws IOException {
        String wanted = Integer.toString(id);
        for (Iterator<String[]> it = pending.iterator(); it.hasNext(); ) {
            String[] f = it.next();
            if (f[0].equals(wanted) && test.test(f)) {
                it.remove();
                return f;
            }
        }
        int from = seen.size();
        while (true) {
            String[] f;
            try {
                f = read();
            } catch (SocketTimeoutException e) {
                List<String> got = new ArrayList<>();
                seen.subList(from, seen.size()).forEach(x -> got.add(String.join("|", x)));
                throw new IOException("no message " + id + " within 5 s; received " + got, e);
            }
            if (f[0].equals(wanted) && test.test(f)) {
                return f;
            }
            pending.add(f);
        }
    }

    String[] await(int id) throws IOException {
        return await(id, f -> true);
    }

    /** Vector form of fields, for messages: {@code a|b|c|}. */
    static String show(String[] fields) {
        return String.join("|", fields) + "|";
    }

    static String[] fields(String vector) {
        String v = vector.endsWith("|") ? vector.substring(0, vector.length() - 1) : vector;
        return v.split("\\|", -1);
    }

    static boolean same(String[] a, String vector) {
        return Arrays.equals(a, fields(vector));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
