package org.bt4j.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.bt4j.time.Stopwatch;
import org.bt4j.util.FileAppendable;
import org.bt4j.util.FileRangeInput;
import org.bt4j.util.JsonWriter;

/**
 * Writes a backtest's result document with most of its work done while the run goes on: a thread
 * of its own turns the orders and trades the {@link ResultRecorder} hands over (final ones, in ref
 * order, a batch at a time) into the JSON elements of the document's {@code orders} and
 * {@code trades} arrays, each array into a spill of its own (2 MB in memory, the rest in a file
 * unlinked as soon as it is open, so nothing is left behind, and memory stays bounded). After the
 * run, {@link #write} writes the document in its fixed key order: the final values, each array's
 * spilled elements copied and its last rows (still live at the end, or not yet handed over)
 * written, then the analyzers; byte for byte what
 * {@link Backtest.Result#writeJson(OutputStream, int)} writes in one pass.
 *
 * <p>Threads: {@link #offer} on the engine thread, the spills on the writer thread until it ends;
 * everything else on the thread that runs the backtest, which owns the streamer and closes it.
 */
public final class ResultStreamer implements AutoCloseable {

    /** Where one array's elements go during the run, and come back from after it. */
    interface Spill extends Closeable {
        /** The stream the writer thread writes to. */
        OutputStream out();

        /** The bytes written, from the first; called once the writer thread has ended. */
        InputStream in() throws IOException;
    }

    private final int schema;
    private final Spill orders;
    private final Spill trades;
    private final Thread thread;
    /** The latest rows handed over (all final), or null. */
    private volatile RecordedRows latest;
    /** The writer thread is about to park (or parked): an offer wakes it. */
    private volatile boolean waiting;
    /** The run is over: the writer thread ends once it wrote what it was handed. */
    private volatile boolean ended;
    /* Written by the writer thread; read by the owner after joining it. */
    private int orderRows;
    private int tradeRows;
    private long orderCount;
    private long tradeCount;
    private long busyNanos;
    private Throwable failure;
    /* The owner's. */
    private boolean started;
    private boolean joined;

    ResultStreamer(int schema, Spill orders, Spill trades) {
        Backtest.Result.nonFinite(schema);
        this.schema = schema;
        this.orders = orders;
        this.trades = trades;
        this.thread = new Thread(new Runnable() { // not a method reference: it links on every cold start
            @Override
            public void run() {
                writeAlongside();
            }
        }, "bt4j-result-writer");
        thread.setDaemon(true);
    }

    /**
     * A streamer of the result document in {@code schema} (0 or 1, as
     * {@link Backtest.Result#writeJson(OutputStream, int)}), spilling each array into memory up to
     * 2 MB or a sixteenth of the heap, the rest into a file in {@code dir}.
     *
     * @throws UncheckedIOException when the files cannot be made there
     */
    public static ResultStreamer open(int schema, Path dir) {
        return open(schema, dir, Math.min(2 << 20, Runtime.getRuntime().maxMemory() / 16));
    }

    /** As {@link #open(int, Path)}, keeping {@code inMemory} bytes of each array in memory. */
    static ResultStreamer open(int schema, Path dir, long inMemory) {
        FileSpill o = null;
        try {
            o = new FileSpill(dir, "orders", inMemory);
            return new ResultStreamer(schema, o, new FileSpill(dir, "trades", inMemory));
        } catch (IOException e) {
            if (o != null) {
                o.close();
            }
            throw new UncheckedIOException("cannot make a spill file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Starts the writer thread (by {@link Backtest#run()}, before the loop). */
    void start() {
        if (!started) {
            started = true;
            thread.start();
        }
    }

    /** Hands over {@code rows}, all final (engine thread). */
    void offer(RecordedRows rows) {
        latest = rows;
        if (waiting) {
            LockSupport.unpark(thread);
        }
    }

    private void writeAlongside() {
        try {
            JsonWriter.NonFinite nonFinite = Backtest.Result.nonFinite(schema);
            JsonWriter ow = JsonWriter.prettyElements(orders.out(), nonFinite, 2);
            JsonWriter tw = JsonWriter.prettyElements(trades.out(), nonFinite, 2);
            RunSummary.Elements oe = new RunSummary.Elements(ow);
            RunSummary.Elements te = new RunSummary.Elements(tw);
            while (true) {
                boolean end = ended; // before the rows: an end seen means the last hand-over is seen too
                RecordedRows rows = latest;
                if (rows != null && (rows.orderRows() > orderRows || rows.tradeRows() > tradeRows)) {
                    Stopwatch busy = Stopwatch.start();
                    oe.orders(rows, orderRows, rows.orderRows());
                    orderRows = rows.orderRows();
                    te.trades(rows, tradeRows, rows.tradeRows());
                    tradeRows = rows.tradeRows();
                    busyNanos += busy.elapsedNanos();
                    continue;
                }
                if (end) {
                    break;
                }
                waiting = true;
                if (latest == rows && !ended) {
                    LockSupport.park(this);
                }
                waiting = false;
            }
            Stopwatch busy = Stopwatch.start();
            ow.flush();
            tw.flush();
            busyNanos += busy.elapsedNanos();
            orderCount = ow.written();
            tradeCount = tw.written();
        } catch (Throwable t) {
            failure = t;
        }
    }

    /**
     * Ends the writer thread once it has written what it was handed, and waits for it.
     *
     * @throws UncheckedIOException when it could not write its spill file (a full disk), with the
     *         problem in one line; another failure of that thread is rethrown as it was
     */
    private void join() {
        if (!joined) {
            ended = true;
            if (started) {
                LockSupport.unpark(thread);
                boolean interrupted = false;
                while (true) {
                    try {
                        thread.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            joined = true;
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            Throwable io = failure instanceof UncheckedIOException u ? u.getCause() : failure;
            throw new UncheckedIOException("cannot spill the orders and trades during the run: " + io.getMessage(), (IOException) io);
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException("the result writer failed: " + failure, failure);
        }
    }

    /**
     * Writes the result document of {@code result} (the backtest this streamer went with) to
     * {@code out}, as ASCII bytes, and flushes it; the spilled elements are copied, the rest written
     * here. Call once.
     *
     * @throws UncheckedIOException when the writer thread or {@code out} failed; nothing is written to
     *         {@code out} when the writer thread failed
     */
    public void write(Backtest.Result result, OutputStream out) {
        join();
        result.write(JsonWriter.pretty(out, Backtest.Result.nonFinite(schema)), schema, this);
    }

    /** As {@link #write(Backtest.Result, OutputStream)}, as characters. */
    public void write(Backtest.Result result, java.io.Writer out) {
        join();
        result.write(JsonWriter.pretty(out, Backtest.Result.nonFinite(schema)), schema, this);
    }

    /** Copies the spilled orders into {@code w}'s {@code orders} array; returns the order rows they cover. */
    int copyOrders(JsonWriter w) {
        return copy(w, orderCount, orders, orderRows);
    }

    /** Copies the spilled trades into {@code w}'s {@code trades} array; returns the trade rows they cover. */
    int copyTrades(JsonWriter w) {
        return copy(w, tradeCount, trades, tradeRows);
    }

    private int copy(JsonWriter w, long count, Spill spill, int rows) {
        join();
        try (InputStream in = spill.in()) {
            w.elements(count, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a spill file: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The orders and trades written while the run went on (after {@link #write}). */
    public long elementsAlongside() {
        return orderCount + tradeCount;
    }

    /** Nanoseconds the writer thread spent writing while the run went on (after {@link #write}). */
    public long nanosAlongside() {
        return busyNanos;
    }

    /** Ends the writer thread if it still runs (a failed run) and deletes the spill files. */
    @Override
    public void close() {
        try {
            join();
        } catch (RuntimeException | Error ignored) {
            // the failure was reported by write(), or the run failed first
        } finally {
            closeQuietly(orders);
            closeQuietly(trades);
        }
    }

    private static void closeQuietly(Spill s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // an unlinked file: its space is freed with the descriptor
        }
    }

    /**
     * A spill that keeps its first bytes in memory (in pieces of up to 1 MiB; a 100k-bar result
     * fits the default budget) and the rest in a file beside the output, opened at once (so a
     * directory that cannot take it is known before the run) and unlinked while open where the
     * system allows (deleted on close elsewhere).
     */
    private static final class FileSpill implements Spill {

        private static final int PIECE = 1 << 20;

        /** Bytes kept in memory before the file takes over. */
        private final long budget;
        private final int piece;
        private final FileChannel channel;
        private final java.util.List<byte[]> pieces = new java.util.ArrayList<>();
        /** Bytes in the last piece. */
        private int last;
        private long inMemory;
        private final OutputStream file;
        private final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0 && inMemory < budget) {
                    if (pieces.isEmpty() || last == piece) {
                        pieces.add(new byte[piece]);
                        last = 0;
                    }
                    int n = (int) Math.min(Math.min(len, piece - last), budget - inMemory);
                    System.arraycopy(b, off, pieces.get(pieces.size() - 1), last, n);
                    last += n;
                    inMemory += n;
                    off += n;
                    len -= n;
                }
                if (len > 0) {
                    file.write(b, off, len);
                }
            }
        };

        FileSpill(Path dir, String name, long budget) throws IOException {
            this.budget = budget;
            this.piece = (int) Math.max(1, Math.min(PIECE, budget));
            Path f = dir.resolve(".bt4j-" + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".part");
            channel = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            file = Channels.newOutputStream(channel);
        }

        @Override
        public OutputStream out() {
            return out;
        }

        @Override
        public InputStream in() throws IOException {
            return new Bytes(channel.size());
        }

        /**
         * The spilled bytes from the first: the pieces in memory, then the file; copied to a
         * {@link FileAppendable} stream, the file part goes by the kernel's copy.
         */
        private final class Bytes extends InputStream {

            private final FileRangeInput file;
            private int piece;
            private int inPiece;

            Bytes(long fileBytes) {
                this.file = new FileRangeInput(channel, 0, fileBytes);
            }

            private int pieceLength(int i) {
                return i == pieces.size() - 1 ? last : FileSpill.this.piece;
            }

            @Override
            public int read() throws IOException {
                for (; piece < pieces.size(); piece++, inPiece = 0) {
                    if (inPiece < pieceLength(piece)) {
                        return pieces.get(piece)[inPiece++] & 0xff;
                    }
                }
                return file.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                for (; piece < pieces.size(); piece++, inPiece = 0) {
                    int n = Math.min(len, pieceLength(piece) - inPiece);
                    if (n > 0 || len == 0) {
                        System.arraycopy(pieces.get(piece), inPiece, b, off, n);
                        inPiece += n;
                        return n;
                    }
                }
                return file.read(b, off, len);
            }

            @Override
            public long transferTo(OutputStream out) throws IOException {
                long copied = 0;
                for (; piece < pieces.size(); piece++, inPiece = 0) {
                    out.write(pieces.get(piece), inPiece, pieceLength(piece) - inPiece);
                    copied += pieceLength(piece) - inPiece;
                }
                return copied + file.transferTo(out);
            }
        }

        @Override
        public void close() {
            pieces.clear();
            try {
                channel.close();
            } catch (IOException ignored) {
                // as above
            }
        }
    }
}
