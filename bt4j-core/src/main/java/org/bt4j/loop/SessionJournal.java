package org.bt4j.loop;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.bt4j.BadInputException;

/**
 * A session journal: every event an {@link EngineLoop} took, with its clock reading, appended as
 * it is taken, so that the session can be replayed exactly. Compact (the reading as a varint
 * delta, inlet names written once, payloads in each inlet's own binary form), append-only, and
 * crash-safe: each record is one {@code write} of {@code length, body, CRC-32}, so a process killed
 * at any moment leaves every earlier record intact, and a reader stops at a torn last record.
 *
 * <p>Layout: {@code "BT4JSESS"}, version byte, then records. The first record holds the session's
 * header text (what to re-run: the recording command's arguments) and its start reading.
 *
 * <p>Threading: a {@link Writer} and a {@link Reader} belong to the engine thread.
 */
public final class SessionJournal {

    private static final byte[] MAGIC = "BT4JSESS".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int DEFINE = 0;
    private static final int INPUT = 1;
    private static final int TIMER = 2;
    private static final int WAKE = 3;
    private static final int STOP = 4;
    private static final int HEADER = 5;

    private SessionJournal() {
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static Writer create(Path file, String header, long startNanos) {
        try {
            return new Writer(file, header, startNanos);
        } catch (IOException e) {
            throw new BadInputException("cannot write session journal " + file + ": " + e.getMessage());
        }
    }

    /**
     * Opens a journal for replay, mapping inlet names to {@code inlets} as records name them.
     *
     * @throws BadInputException one line when the file is missing or not a session journal
     */
    public static Reader open(Path file) {
        try {
            return new Reader(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such session journal");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read session journal: " + e.getMessage());
        }
    }

    /** Appends records; see the class comment. */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final FileOutputStream out;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        private final DataOutputStream data = new DataOutputStream(body);
        private final ByteArrayOutputStream frame = new ByteArrayOutputStream(512);
        private final CRC32 crc = new CRC32();
        private final Map<Inlet<?>, Integer> defined = new IdentityHashMap<>();
        private long last;
        private long records;

        private Writer(Path file, String header, long startNanos) throws IOException {
            this.file = file;
            this.out = new FileOutputStream(file.toFile());
            out.write(MAGIC);
            out.write(VERSION);
            this.last = startNanos;
            data.writeByte(HEADER);
            data.writeUTF(header);
            data.writeLong(startNanos);
            flushRecord();
        }

        /** Appends one taken event and its clock reading. */
        public void append(long now, Event e) {
            try {
                if (e instanceof Event.Input<?> in) {
                    appendInput(now, in);
                    return;
                }
                data.writeByte(e instanceof Event.Timer ? TIMER : e instanceof Event.Wake ? WAKE : STOP);
                writeVarLong(data, zigzag(now - last));
                last = now;
                flushRecord();
            } catch (IOException x) {
                throw new UncheckedIOException("session journal " + file + ": " + x.getMessage(), x);
            }
        }

        private <T> void appendInput(long now, Event.Input<T> in) throws IOException {
            Inlet<T> to = in.to();
            if (!to.recordable()) {
                throw new IllegalStateException("events for " + to.name() + " cannot be recorded");
            }
            Integer id = defined.get(to);
            if (id == null) {
                id = defined.size();
                defined.put(to, id);
                data.writeByte(DEFINE);
                writeVarLong(data, id);
                data.writeUTF(to.name());
                flushRecord();
            }
            data.writeByte(INPUT);
            writeVarLong(data, zigzag(now - last));
            last = now;
            writeVarLong(data, id);
            to.write(in.payload(), data);
            flushRecord();
        }

        private void flushRecord() throws IOException {
            data.flush();
            frame.reset();
            int n = body.size();
            writeVarLong(frame, n);
            body.writeTo(frame);
            crc.reset();
            byte[] b = body.toByteArray();
            crc.update(b, 0, n);
            int c = (int) crc.getValue();
            frame.write(c >>> 24);
            frame.write(c >>> 16);
            frame.write(c >>> 8);
            frame.write(c);
            out.write(frame.toByteArray());
            body.reset();
            records++;
        }

        /** Records written so far (the header included). */
        public long records() {
            return records;
        }

        @Override
        public void close() {
            try {
                out.getFD().sync();
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("session journal " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** One replayed event and its clock reading. */
    public record Entry(long nanos, Event event) {
    }

    /** Reads records back; see the class comment. */
    public static final class Reader implements AutoCloseable {
        private final Path file;
        private final InputStream in;
        private final String header;
        private final long startNanos;
        private final List<String> names = new ArrayList<>();
        private final Map<String, Inlet<?>> inlets = new HashMap<>();
        private long last;
        private long records;
        private boolean torn;

        private Reader(Path file) throws IOException {
            this.file = file;
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            byte[] magic = in.readNBytes(MAGIC.length);
            int version = in.read();
            if (!java.util.Arrays.equals(magic, MAGIC) || version != VERSION) {
                in.close();
                throw new BadInputException(file + ": not a bt4j session journal (recorded with --record)");
            }
            DataInputStream h = record();
            if (h == null || h.readByte() != HEADER) {
                in.close();
                throw new BadInputException(file + ": session journal has no readable header");
            }
            header = h.readUTF();
            startNanos = h.readLong();
            last = startNanos;
        }

        /** The header text the session was recorded with. */
        public String header() {
            return header;
        }

        /** The clock reading when recording started. */
        public long startNanos() {
            return startNanos;
        }

        /** Records read so far (the header included). */
        public long records() {
            return records;
        }

        /** Whether reading stopped at a torn or damaged record (the recording process died mid-write). */
        public boolean torn() {
            return torn;
        }

        /** Makes {@code inlet} the target of the records that name it. */
        public void bind(Inlet<?> inlet) {
            inlets.put(inlet.name(), inlet);
        }

        /** The next event, null at the end (or at a torn record). */
        public Entry next() {
            try {
                while (true) {
                    DataInputStream r = record();
                    if (r == null) {
                        return null;
                    }
                    int kind = r.readByte();
                    if (kind == DEFINE) {
                        int id = (int) readVarLong(r);
                        String name = r.readUTF();
                        if (id != names.size()) {
                            throw new BadInputException(file + ": damaged session journal (inlet " + name + ")");
                        }
                        names.add(name);
                        continue;
                    }
                    last += unzigzag(readVarLong(r));
                    switch (kind) {
                        case TIMER:
                            return new Entry(last, Event.TIMER);
                        case WAKE:
                            return new Entry(last, Event.WAKE);
                        case STOP:
                            return new Entry(last, Event.STOP);
                        case INPUT:
                            return new Entry(last, input((int) readVarLong(r), r));
                        default:
                            throw new BadInputException(file + ": damaged session journal (record kind " + kind + ")");
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(file + ": damaged session journal: " + e.getMessage());
            }
        }

        private Event input(int id, DataInputStream r) throws IOException {
            if (id < 0 || id >= names.size()) {
                throw new BadInputException(file + ": damaged session journal (inlet #" + id + ")");
            }
            @SuppressWarnings("unchecked")
            Inlet<Object> to = (Inlet<Object>) inlets.get(names.get(id));
            if (to == null) {
                throw new BadInputException(file + ": the session has events for '" + names.get(id)
                        + "', which this run does not have (replay it with the recording's options)");
            }
            return new Event.Input<>(to, to.read(r));
        }

        /** The body of the next intact record, null at the end or at a torn one. */
        private DataInputStream record() throws IOException {
            long n;
            try {
                n = readVarLong(in);
            } catch (EOFException end) {
                return null;
            }
            if (n < 0 || n > (1 << 26)) {
                torn = true;
                return null;
            }
            byte[] b = in.readNBytes((int) n);
            byte[] c = in.readNBytes(4);
            if (b.length < n || c.length < 4) {
                torn = true;
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(b);
            int want = (c[0] & 0xff) << 24 | (c[1] & 0xff) << 16 | (c[2] & 0xff) << 8 | c[3] & 0xff;
            if ((int) crc.getValue() != want) {
                torn = true;
                return null;
            }
            records++;
            return new DataInputStream(new ByteArrayInputStream(b));
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarLong(java.io.OutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarLong(InputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("varint too long");
    }
}
