package org.bt4j.feed;

import java.util.Arrays;

/**
 * A live feed fed from outside: any thread may {@link #push} bars or {@link #pushTick ticks} (a
 * tick is a bar with open = high = low = close = price), and {@link #finish()} when no more will
 * come; the engine thread takes them with {@link #next()}; every push runs the {@link #onArrival arrival signal} (the engine's wake-up).
 * Values sit in a growable ring of primitives, so pushing does not allocate in steady state.
 * Times are UTC epoch nanoseconds, stamped as the producer decides (ticks at trade time).
 * Thread-safe between one or more producers and the engine thread.
 */
public final class PushFeed extends DataFeed implements LiveFeed {

    private long[] times = new long[1024];
    private double[] values = new double[1024 * 6];
    private int head;
    private int count;
    private boolean finished;
    private volatile Runnable arrival = () -> { };

    /** An empty live feed called {@code name}. */
    public PushFeed(String name) {
        name(name);
    }

    @Override
    public boolean isLive() {
        return true;
    }

    /** Adds a bar; wakes a waiting engine thread. */
    public void push(long time, double open, double high, double low, double close, double volume,
                     double openInterest) {
        add(time, open, high, low, close, volume, openInterest);
        arrival.run();
    }

    private synchronized void add(long time, double open, double high, double low, double close, double volume,
                                  double openInterest) {
        if (finished) {
            throw new IllegalStateException("feed " + name() + " is finished; no more bars can be pushed");
        }
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
    public void finish() {
        synchronized (this) {
            finished = true;
        }
        arrival.run();
    }

    @Override
    public synchronized boolean isFinished() {
        return finished && count == 0;
    }

    /** Runs {@code signal} after every push and at the finish, on the pushing thread. */
    @Override
    public void onArrival(Runnable signal) {
        arrival = java.util.Objects.requireNonNull(signal, "signal");
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
