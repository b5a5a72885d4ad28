package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link LongRows}: rows written into their chunks across chunk boundaries, doubles by their bits, unset rows read as zero. */
class LongRowsTest {

    @Test
    void rowsAcrossChunksKeepTheirFields() {
        LongRows t = new LongRows(3);
        for (int r = 0; r < 5000; r += 7) {
            long[] c = t.chunk(r);
            c[t.offset(r)] = r;
            c[t.offset(r) + 2] = Double.doubleToRawLongBits(r + 0.5);
        }
        assertEquals(4998, t.size() - 1);
        for (int r = 0; r < 5000; r += 7) {
            assertEquals(r, t.get(r, 0));
            assertEquals(0, t.get(r, 1));
            assertEquals(r + 0.5, t.getDouble(r, 2));
        }
        assertEquals(0, t.get(1, 0), "a row never set reads as zero");
        assertEquals(0, t.get(4000, 0));
        t.chunk(70_000)[t.offset(70_000) + 1] = Double.doubleToRawLongBits(Double.NaN);
        assertEquals(70_001, t.size());
        assertEquals(Double.doubleToRawLongBits(Double.NaN), Double.doubleToRawLongBits(t.getDouble(70_000, 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.chunk(-1));
    }

    @Test
    void aViewShowsTheFirstRowsWhileLaterOnesGrow() {
        LongRows t = new LongRows(2);
        for (int r = 0; r < 1500; r++) {
            t.chunk(r)[t.offset(r) + 1] = r;
        }
        LongRows v = t.view(1200);
        for (int r = 1500; r < 40_000; r++) {
            t.chunk(r)[t.offset(r) + 1] = r; // grows the chunk table: the view keeps the one it was given
        }
        assertEquals(1200, v.size());
        assertEquals(1199, v.get(1199, 1));
        assertEquals(40_000, t.size());
        assertThrows(IndexOutOfBoundsException.class, () -> t.view(40_001));
    }
}
