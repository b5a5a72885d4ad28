package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link ArrayWindow}: a reusable view on an array slice. */
class ArrayWindowTest {

    @Test
    void viewsTheSliceOldestFirst() {
        double[] a = {9, 1, 2, 3, 9};
        ArrayWindow w = new ArrayWindow();
        assertSame(w, w.reset(a, 1, 3));
        assertEquals(3, w.size());
        assertEquals(1.0, w.get(0));
        assertEquals(3.0, w.get(2));
        assertEquals(3.0, w.ago(0));
        assertEquals(1.0, w.ago(2));
    }

    @Test
    void indexOutsideTheSliceIsAnError() {
        ArrayWindow w = new ArrayWindow().reset(new double[] {1, 2, 3, 4}, 1, 2);
        assertEquals("window index 2 outside 0..1",
            assertThrows(IndexOutOfBoundsException.class, () -> w.get(2)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> w.get(-1));
    }

    @Test
    void resetReusesTheSameView() {
        ArrayWindow w = new ArrayWindow();
        double[] a = {5, 6, 7};
        w.reset(a, 0, 3);
        w.reset(a, 2, 1);
        assertEquals(1, w.size());
        assertEquals(7.0, w.get(0));
    }
}
