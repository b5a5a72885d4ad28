package org.bt4j.line;

import java.util.Arrays;

/**
 * The datetime line of a series: UTC epoch nanoseconds in a {@code long[]} with a cursor, indexed
 * like {@link LineBuffer} ({@code get(0)} current, {@code get(-1)} previous), unbounded or a
 * bounded ring. Bars are stamped at their end. Engine thread only.
 */
public final class TimeLine {

    private long[] buf = new long[256];
    private int mask = -1;
    private int idx = -1;
    private int size;

    /**
     * Makes this line read the times stored in {@code source} without copying them; the same
     * contract as {@link LineBuffer#shareFrom(LineBuffer)}.
     */
    public void shareFrom(TimeLine source) {
        if (mask != -1 || source.mask != -1) {
            throw new IllegalStateException("only unbounded time lines can share values");
        }
        buf = source.buf;
        size = source.size;
        idx = -1;
    }

    /** Epoch nanoseconds {@code ago} bars from the current one. */
    public long get(int ago) {
        return buf[(idx + ago) & mask];
    }

    /** Sets the time {@code ago} bars from the current one. */
    public void set(int ago, long epochNanos) {
        buf[(idx + ago) & mask] = epochNanos;
    }

    /** Bars processed. */
    public int len() {
        return idx + 1;
    }

    /** Values stored. */
    public int size() {
        return size;
    }

    /** Appends a slot and moves onto it (bar-by-bar). */
    public void forward() {
        forward(0L);
    }

    /** Appends {@code epochNanos} and moves onto it: {@link #forward()} and {@code set(0, epochNanos)} in one store. */
    public void forward(long epochNanos) {
        int next = idx + 1;
        if (mask == -1 && next >= buf.length) {
            buf = Arrays.copyOf(buf, buf.length + (buf.length >> 1) + 16);
        }
        buf[next & mask] = epochNanos;
        idx = next;
        if (next >= size) {
            size = next + 1;
        }
    }

    /**
     * Makes room for {@code n} times without changing the contents (unbounded lines; a no-op for
     * bounded ones), so that appending up to {@code n} bars never copies the array.
     */
    public void reserve(int n) {
        if (mask == -1 && buf.length < n) {
            buf = Arrays.copyOf(buf, n);
        }
    }

    /**
     * Makes this empty unbounded line hold the first {@code n} times of {@code values}, taking the
     * array over without a copy (a feed hands over a column it loaded in bulk).
     */
    public void adopt(long[] values, int n) {
        if (mask != -1 || size != 0) {
            throw new IllegalStateException("adopt is for empty unbounded lines");
        }
        if (n < 0 || n > values.length) {
            throw new IllegalArgumentException("n must be 0.." + values.length + ", got " + n);
        }
        buf = values;
        size = n;
        idx = -1;
    }

    /** Appends without moving the cursor (preloading). */
    public void append(long epochNanos) {
        if (mask != -1) {
            throw new IllegalStateException("append is for preloaded (unbounded) lines");
        }
        if (size >= buf.length) {
            buf = Arrays.copyOf(buf, buf.length + (buf.length >> 1) + 16);
        }
        buf[size++] = epochNanos;
    }

    /** Moves the cursor forward over stored values. */
    public void advance() {
        idx++;
    }

    /** Moves the cursor back one bar and forgets the slot. */
    public void rewind() {
        idx--;
        size = idx + 1;
    }

    /** Places the cursor on absolute index {@code index}. */
    public void seek(int index) {
        idx = index;
    }

    /** Cursor before the first bar, values kept. */
    public void home() {
        idx = -1;
    }

    /** Drops every value. */
    public void reset() {
        idx = -1;
        size = 0;
    }

    /** Backing array with absolute indexes; only while unbounded. */
    public long[] array() {
        if (mask != -1) {
            throw new IllegalStateException("a bounded line has no absolute array");
        }
        return buf;
    }

    /** Turns this empty line into a ring of at least {@code slots} values. */
    public void bound(int slots) {
        int cap = Integer.highestOneBit(Math.max(2, slots) - 1) << 1;
        buf = new long[cap];
        mask = cap - 1;
        idx = -1;
        size = 0;
    }
}
