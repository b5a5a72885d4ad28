package org.bt4j.line;

import java.util.Arrays;

/**
 * The physical store of a {@link Line}: a {@code double[]} plus a cursor. Unbounded buffers keep
 * every value (index mask -1, so {@code (idx + ago) & mask} is the plain index and reading past
 * the start throws), and every slot past their end holds NaN; bounded buffers ({@code exactbars=1}) are power-of-two rings sized by the
 * largest look-back any consumer declared through {@link #requireLookback(int)}.
 *
 * <p>Vectorised ("runonce") code reads and writes {@link #array()} directly with absolute
 * indexes; bar-by-bar code uses {@link #get(int)} / {@link #set(int, double)}. Engine thread only.
 */
public final class LineBuffer implements Line {

    private static final int INITIAL_CAPACITY = 256;
    /**
     * NaN to copy from: {@link #fillAhead} copies this block ({@code System.arraycopy} is a stub
     * under C1 too, where {@code Arrays.fill} is a loop with a range check per slot).
     */
    private static final double[] NANS = nans(256);

    private double[] buf = new double[INITIAL_CAPACITY];
    private int mask = -1;
    /** Absolute index of the current bar; -1 before the first. */
    private int idx = -1;
    /** Number of values appended (absolute), i.e. the logical buffer length. */
    private int size;
    /**
     * A ring made by {@link #bound(int, int)}: two halves, each at least as long as the look-back,
     * so that {@link #appendAll} may fill one ahead of the cursor with NaN.
     */
    private boolean halves;
    /** Absolute index up to which (exclusive) {@link #appendAll} filled the slots ahead with NaN. */
    private int nanTo;
    private int minPeriod = 1;
    private int lookback = 1;
    private final LineSeries owner;

    /** A new, empty, unbounded buffer belonging to no series (a free-standing line). */
    public LineBuffer() {
        this(null);
    }

    /** A new, empty, unbounded buffer that is one of {@code owner}'s lines. */
    public LineBuffer(LineSeries owner) {
        this.owner = owner;
        Arrays.fill(buf, Double.NaN);
    }

    /** The series this line belongs to (a data feed, an indicator), or null. */
    public LineSeries owner() {
        return owner;
    }

    @Override
    public double get(int ago) {
        return buf[(idx + ago) & mask];
    }

    /** Writes the value {@code ago} bars from the current one. */
    public void set(int ago, double value) {
        buf[(idx + ago) & mask] = value;
    }

    @Override
    public int len() {
        return idx + 1;
    }

    @Override
    public int minPeriod() {
        return minPeriod;
    }

    /** Sets the warm-up of this line (used by the owning indicator or feed). */
    public void setMinPeriod(int minPeriod) {
        if (minPeriod < 1) {
            throw new IllegalArgumentException("minPeriod must be >= 1, got " + minPeriod);
        }
        this.minPeriod = minPeriod;
    }

    @Override
    public LineBuffer buffer() {
        return this;
    }

    /**
     * Appends one NaN slot and moves the cursor onto it (bar-by-bar mode). An unbounded buffer
     * keeps NaN in every slot past its end, so appending there writes nothing: a line reserved
     * for the whole run was filled once in bulk, which is far cheaper than a store per bar.
     */
    public void forward() {
        int next = idx + 1;
        idx = next;
        if (next >= size) {
            size = next + 1;
            if (mask != -1) {
                buf[next & mask] = Double.NaN; // a ring reuses its slots
            } else if (next >= buf.length) {
                grow(next + 1);
            }
        } else {
            buf[next & mask] = Double.NaN; // the cursor was moved back: the slot holds a value
        }
    }

    /**
     * Appends {@code value} and moves the cursor onto it: {@link #forward()} followed by
     * {@code set(0, value)}, without the NaN store in between (a feed loading a bar).
     */
    public void forward(double value) {
        int next = idx + 1;
        idx = next;
        if (next >= size) {
            size = next + 1;
            if (mask == -1 && next >= buf.length) {
                grow(next + 1);
            }
        }
        buf[next & mask] = value;
    }

    /**
     * Moves every buffer of one series (lines that are always on the same bar, such as an
     * indicator's or an observer's) onto its next bar: with {@code presized} (each was
     * {@link #presize presized} and holds untouched NaN slots up to its size) and a slot left,
     * over those slots; otherwise by {@link #forward()} (done in place for rings at their end, the
     * observers' common case, so that a step makes no call per line).
     */
    public static void forwardAll(LineBuffer[] lines, boolean presized) {
        if (lines.length == 0) {
            return;
        }
        LineBuffer first = lines[0];
        int next = first.idx + 1;
        if (presized && next < first.size) {
            for (LineBuffer l : lines) {
                l.idx = next;
            }
        } else if (next == first.size && first.mask != -1) {
            for (LineBuffer l : lines) { // rings at their end (exactbars, observers without history)
                l.idx = next;
                l.size = next + 1;
                l.buf[next & l.mask] = Double.NaN;
            }
        } else {
            for (LineBuffer l : lines) {
                l.forward();
            }
        }
    }

    /**
     * Appends a bar to every ring of one series at once (an observer's lines without history),
     * storing nothing but the cursor on most bars: the slots ahead of the cursor up to the end of
     * its half were filled with NaN when the cursor entered that half. Each ring must come from
     * {@link #bound(int, int)} ({@link #appendsInHalves()}), all with one capacity and at their
     * end on the same bar, and must not be written ahead of its cursor. Any other state (a ring
     * moved back, an unbounded buffer) goes through {@link #forwardAll}.
     */
    public static void appendAll(LineBuffer[] rings) {
        if (rings.length == 0) {
            return;
        }
        LineBuffer first = rings[0];
        int next = first.idx + 1;
        if (next != first.size || !first.halves) {
            forwardAll(rings, false);
            return;
        }
        for (LineBuffer l : rings) {
            l.idx = next;
            l.size = next + 1;
        }
        if (next >= first.nanTo) { // the first bar of a half (or after a rewind or reset)
            for (LineBuffer l : rings) {
                l.fillAhead(next);
            }
        }
    }

    /** Fills the slots from bar {@code next} to the end of its half with NaN. */
    private void fillAhead(int next) {
        int half = (mask >>> 1) + 1;
        int from = next & mask;
        int to = (from & -half) + half;
        double[] b = buf;
        for (int i = from; i < to; i += NANS.length) {
            System.arraycopy(NANS, 0, b, i, Math.min(NANS.length, to - i));
        }
        nanTo = next + (to - from);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Whether this ring was made by {@link #bound(int, int)}, so {@link #appendAll} may move it. */
    public boolean appendsInHalves() {
        return halves;
    }

    /** Appends a value at the end without moving the cursor (preloading). */
    public void append(double value) {
        if (mask != -1) {
            throw new IllegalStateException("append is for preloaded (unbounded) buffers");
        }
        if (size >= buf.length) {
            grow(size + 1);
        }
        buf[size++] = value;
    }

    /**
     * The value stored {@code bars} past the cursor, or 0 when the array ends before it: a
     * preloaded feed reads its columns ahead this way so that they are in cache when its cursor
     * gets there. Changes nothing.
     */
    public double ahead(int bars) {
        int k = idx + bars;
        double[] b = buf;
        return k < b.length ? b[k & mask] : 0.0;
    }

    /** Moves the cursor one bar forward over already stored values (preloaded run). */
    public void advance() {
        idx++;
    }

    /** Moves the cursor back one bar and forgets the slot (a feed that must re-deliver). */
    public void rewind() {
        if (mask == -1 && idx >= 0) {
            Arrays.fill(buf, idx, Math.max(size, idx + 1), Double.NaN); // past the end again
        }
        idx--;
        size = idx + 1;
        nanTo = 0; // the forgotten slot may hold a value: fill ahead again at the next append
    }

    /** Puts the cursor on the absolute index {@code index} (vectorised runs). */
    public void seek(int index) {
        idx = index;
    }

    /** Puts the cursor before the first bar, keeping the stored values. */
    public void home() {
        idx = -1;
    }

    /** Drops every value and returns to the empty state, keeping the mode. */
    public void reset() {
        if (mask == -1) {
            Arrays.fill(buf, 0, Math.min(size, buf.length), Double.NaN);
        }
        idx = -1;
        size = 0;
        nanTo = 0;
    }

    /**
     * Makes room for {@code n} values without changing the contents (unbounded buffers; a no-op
     * for bounded ones), so that appending up to {@code n} bars never copies the array.
     */
    public void reserve(int n) {
        if (mask == -1 && buf.length < n) {
            grow(n);
        }
    }

    /** Number of values stored (backtrader's {@code buflen()} for unbounded buffers). */
    public int size() {
        return size;
    }

    /** Makes the buffer hold exactly {@code n} NaN values (vectorised output of length n). */
    public void presize(int n) {
        presize(n, n);
    }

    /**
     * Makes the buffer hold exactly {@code n} values for a vectorised pass that writes every slot
     * from {@code from} to {@code n} itself: the slots before {@code from} (and any past
     * {@code n}) hold NaN, those in between are left for the caller (one pass less over a
     * whole-run array).
     */
    public void presize(int n, int from) {
        if (mask != -1) {
            throw new IllegalStateException("presize is for unbounded buffers");
        }
        if (from < 0 || from > n) {
            throw new IllegalArgumentException("from must be 0.." + n + ", got " + from);
        }
        if (buf.length < n) {
            buf = new double[n];
        }
        Arrays.fill(buf, 0, from, Double.NaN);
        if (size > n) {
            Arrays.fill(buf, n, size, Double.NaN);
        }
        size = n;
    }

    /**
     * Makes this empty unbounded buffer hold the first {@code n} values of {@code values}, taking
     * the array over without a copy (a feed hands over a column it loaded in bulk). The caller
     * gives up the array; every slot from {@code n} to its end must hold NaN, as past the end of
     * any unbounded buffer.
     */
    public void adopt(double[] values, int n) {
        if (mask != -1 || size != 0) {
            throw new IllegalStateException("adopt is for empty unbounded buffers");
        }
        if (n < 0 || n > values.length) {
            throw new IllegalArgumentException("n must be 0.." + values.length + ", got " + n);
        }
        buf = values;
        size = n;
        idx = -1;
    }

    /**
     * Makes this buffer read the values stored in {@code source} without copying them (an
     * optimisation shares one preloaded data between runs this way). Both must be unbounded and
     * the source complete: the shared values must not change afterwards, and this buffer must
     * only be read and moved over ({@link #advance()}, {@link #seek}, {@link #home()}), never
     * written. Any number of threads may share one source that way, each with its own buffer.
     */
    public void shareFrom(LineBuffer source) {
        if (mask != -1 || source.mask != -1) {
            throw new IllegalStateException("only unbounded buffers can share values");
        }
        buf = source.buf;
        size = source.size;
        idx = -1;
    }

    /** The backing array with absolute indexes; valid only while unbounded. */
    public double[] array() {
        if (mask != -1) {
            throw new IllegalStateException("a bounded buffer has no absolute array");
        }
        return buf;
    }

    /** Declares that some consumer reads up to {@code bars} values (current included). */
    public void requireLookback(int bars) {
        if (bars > lookback) {
            lookback = bars;
        }
    }

    /** The largest look-back declared by any consumer. */
    public int lookback() {
        return lookback;
    }

    /** Number of values the buffer can hold before it must grow (the ring size when bounded). */
    public int capacity() {
        return buf.length;
    }

    /** Whether the buffer is a bounded ring. */
    public boolean isBounded() {
        return mask != -1;
    }

    /**
     * Turns this (empty) buffer into a ring large enough for the declared look-back plus
     * {@code extra} slots. Call before the first bar.
     */
    public void bound(int extra) {
        int need = Math.max(2, lookback + extra + 1);
        ring(Integer.highestOneBit(need - 1) << 1, false);
    }

    /**
     * Turns this (empty) buffer into a ring that {@link #appendAll} can move storing no NaN on most
     * bars: two halves, each of at least {@code minHalf} slots and of the declared look-back plus
     * {@code extra}. {@code minHalf} (a power of two) sets how often a half is filled: a fill has a
     * fixed cost besides its stores, so a few slots per half cost more than a NaN store per bar.
     * Call before the first bar.
     */
    public void bound(int extra, int minHalf) {
        if (minHalf < 1 || Integer.bitCount(minHalf) != 1) {
            throw new IllegalArgumentException("minHalf must be a power of two, got " + minHalf);
        }
        int need = Math.max(minHalf, lookback + extra + 1);
        ring(Integer.highestOneBit(need - 1) << 2, true);
    }

    private void ring(int cap, boolean inHalves) {
        buf = new double[cap];
        Arrays.fill(buf, Double.NaN);
        mask = cap - 1;
        idx = -1;
        size = 0;
        halves = inHalves;
        nanTo = 0;
    }

    private void grow(int minCapacity) {
        int cap = Math.max(minCapacity, buf.length + (buf.length >> 1) + 16);
        double[] bigger = Arrays.copyOf(buf, cap);
        Arrays.fill(bigger, buf.length, cap, Double.NaN);
        buf = bigger;
    }
}
