package org.bt4j.engine;

/**
 * A table of rows of {@code stride} 64-bit fields (longs, or doubles by their bits), stored in
 * chunks of 1024 rows: it grows without copying what it holds, and a row costs {@code 8 × stride}
 * bytes, no object. Rows are addressed by index; a row never set reads as zeros. Not thread-safe;
 * a {@link #view(int)} of rows that are no longer written may be read by another thread once
 * handed over safely (a volatile field).
 */
final class LongRows {

    private static final int SHIFT = 10;
    private static final int ROWS = 1 << SHIFT;
    private static final int MASK = ROWS - 1;

    private final int stride;
    private long[][] chunks = new long[16][];
    private int size;

    LongRows(int stride) {
        this.stride = stride;
    }

    private LongRows(int stride, long[][] chunks, int size) {
        this.stride = stride;
        this.chunks = chunks;
        this.size = size;
    }

    /**
     * The first {@code rows} rows, for reading only: shares the chunks (no copy), so the rows it
     * shows must not be set again, while later rows may still be.
     */
    LongRows view(int rows) {
        if (rows < 0 || rows > size) {
            throw new IndexOutOfBoundsException("rows " + rows + " of " + size);
        }
        return new LongRows(stride, chunks, rows);
    }

    /** One more than the highest row set. */
    int size() {
        return size;
    }

    /**
     * The chunk that holds row {@code row}, made if need be (the row then counts in {@link #size()}):
     * its fields are this array's slots from {@link #offset(int) offset(row)} on, written directly,
     * doubles by their raw bits. One call per row, not one per field (C1, the one-shot JIT, does
     * not inline a call as large as this).
     */
    long[] chunk(int row) {
        if (row < 0) {
            throw new IndexOutOfBoundsException("row " + row);
        }
        int k = row >>> SHIFT;
        if (k >= chunks.length) {
            chunks = java.util.Arrays.copyOf(chunks, Math.max(k + 1, chunks.length * 2));
        }
        long[] c = chunks[k];
        if (c == null) {
            c = new long[ROWS * stride];
            chunks[k] = c;
        }
        if (row >= size) {
            size = row + 1;
        }
        return c;
    }

    /** Where row {@code row}'s fields start in its {@link #chunk(int)}. */
    int offset(int row) {
        return (row & MASK) * stride;
    }

    long get(int row, int field) {
        int k = row >>> SHIFT;
        long[] c = k < chunks.length ? chunks[k] : null;
        return c == null ? 0 : c[offset(row) + field];
    }

    double getDouble(int row, int field) {
        return Double.longBitsToDouble(get(row, field));
    }
}
