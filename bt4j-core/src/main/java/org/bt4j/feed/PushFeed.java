package org.bt4j.feed;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.bt4j.loop.EngineLoop;
import org.bt4j.loop.Inlet;

/**
 * A live feed fed from outside: any thread may {@link #push} bars or {@link #pushTick ticks} (a
 * tick is a bar with open = high = low = close = price), and {@link #finish()} when no more will
 * come; the engine thread takes them with {@link #next()}. Once a run has {@link #attach attached}
 * the feed to its engine loop, every push and the finish are events offered to the loop (its inlet
 * {@code push.NAME}), so the engine wakes for them, and a recorded session holds them: a loop
 * {@link EngineLoop#replaying replaying} the session feeds a PushFeed of the same name the same bars
 * at the same clock readings, and pushes made while replaying are ignored ({@code bt4j replay} re-runs
 * the sessions of its own commands; a program pushing bars replays its session by running itself
 * on {@code EngineLoop.replaying(SessionJournal.open(file))}). Before that (a feed used
 * on its own) a push goes straight into the queue. Values sit in a growable ring of primitives.
 * Times are UTC epoch nanoseconds, stamped as the producer decides (ticks at trade time).
 * Thread-safe between one or more producers and the engine thread.
 */
public final class PushFeed extends DataFeed implements LiveFeed {

    private long[] times = new long[1024];
    private double[] values = new double[1024 * 6];
    private int head;
    private int count;
    private boolean finished;
    /** The producers called {@link #finish()}: no more pushes. Guarded by this. */
    private boolean finishing;
    /** The run's loop once attached; pushes go through it. Guarded by this. */
    private EngineLoop loop;
    private final Inlet<Pushed> inlet = new PushInlet();
    private static final Pushed FINISH = new Pushed(0, 0, 0, 0, 0, 0, 0, true);

    /** One push (or, {@link #last}, the finish) as an event of the loop. */
    private record Pushed(long time, double open, double high, double low, double close, double volume,
                          double openInterest, boolean last) {
    }

    /** The feed's door in the loop: recorded as a flag, the time and six values. */
    private final class PushInlet implements Inlet<Pushed> {
        @Override
        public String name() {
            return "push." + PushFeed.this.name();
        }

        @Override
        public void accept(Pushed p) {
            if (p.last()) {
                markFinished();
            } else {
                add(p.time(), p.open(), p.high(), p.low(), p.close(), p.volume(), p.openInterest());
            }
        }

        @Override
        public boolean recordable() {
            return true;
        }

        @Override
        public void write(Pushed p, DataOutput out) throws IOException {
            out.writeBoolean(p.last());
            if (!p.last()) {
                out.writeLong(p.time());
                out.writeDouble(p.open());
                out.writeDouble(p.high());
                out.writeDouble(p.low());
                out.writeDouble(p.close());
                out.writeDouble(p.volume());
                out.writeDouble(p.openInterest());
            }
        }

        @Override
        public Pushed read(DataInput in) throws IOException {
            if (in.readBoolean()) {
                return FINISH;
            }
            return new Pushed(in.readLong(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble(), false);
        }
    }

    /** An empty live feed called {@code name}. */
    public PushFeed(String name) {
        name(name);
    }

    @Override
    public boolean isLive() {
        return true;
    }

    /** Adds a bar (through the loop once attached: it wakes a waiting engine thread). */
    public synchronized void push(long time, double open, double high, double low, double close, double volume,
                                  double openInterest) {
        if (finishing) {
            throw new IllegalStateException("feed " + name() + " is finished; no more bars can be pushed");
        }
        if (loop == null) {
            add(time, open, high, low, close, volume, openInterest);
        } else {
            loop.offer(inlet, new Pushed(time, open, high, low, close, volume, openInterest, false)); // never blocks
        }
    }

    private synchronized void add(long time, double open, double high, double low, double close, double volume,
                                  double openInterest) {
        if (count == times.length) {
            grow();
        }
        int slot = (head + count) % times.length;
        times[slot] = time;
        int v = slot * 6;
        values[v] = open;
        values[v + 1] = high;
        values[v + 2] = low;
        values[v + 3] = close;
        values[v + 4] = volume;
        values[v + 5] = openInterest;
        count++;
    }

    /** Adds a trade tick: a bar with O = H = L = C = {@code price}, volume {@code size}. */
    public void pushTick(long time, double price, double size) {
        push(time, price, price, price, price, size, 0.0);
    }

    /** No more bars will come; the engine sees the end once the queue is drained. */
    public synchronized void finish() {
        finishing = true;
        if (loop == null) {
            markFinished();
        } else {
            loop.offer(inlet, FINISH);
        }
    }

    private synchronized void markFinished() {
        finished = true;
    }

    @Override
    public synchronized boolean isFinished() {
        return finished && count == 0;
    }

    /**
     * From now on pushes and the finish go through {@code loop} (engine thread, before the run). Bars
     * pushed before are handed to the loop too, in order, as if pushed now; while the loop replays a
     * session they are dropped instead, since the session holds them.
     */
    @Override
    public void attach(EngineLoop loop) {
        loop.register(inlet);
        synchronized (this) {
            if (this.loop == loop) {
                return;
            }
            this.loop = loop;
            for (; count > 0; count--, head = (head + 1) % times.length) {
                int v = head * 6;
                loop.offer(inlet, new Pushed(times[head], values[v], values[v + 1], values[v + 2], values[v + 3],
                        values[v + 4], values[v + 5], false));
            }
            if (finished) {
                finished = false;
                loop.offer(inlet, FINISH);
            }
        }
    }

    @Override
    protected synchronized boolean load() {
        if (count == 0) {
            return false;
        }
        int v = head * 6;
        forwardBar(times[head], values[v], values[v + 1], values[v + 2], values[v + 3], values[v + 4], values[v + 5]);
        head = (head + 1) % times.length;
        count--;
        return true;
    }

    @Override
    public void preload() {
        throw new IllegalStateException("live feed " + name() + " cannot be preloaded");
    }

    private void grow() {
        int n = times.length;
        long[] t = new long[n * 2];
        double[] v = new double[n * 2 * 6];
        for (int i = 0; i < count; i++) {
            int from = (head + i) % n;
            t[i] = times[from];
            System.arraycopy(values, from * 6, v, i * 6, 6);
        }
        times = t;
        values = v;
        head = 0;
        Arrays.fill(times, count, times.length, 0L);
    }
}
