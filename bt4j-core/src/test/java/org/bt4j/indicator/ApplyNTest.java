package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

class ApplyNTest {

    @Test
    void rangeOfTheWindow() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 5, 2, 8, 3), f -> new ApplyN(f.close(), 3, w -> w.max() - w.min()));
        assertEquals("apply", r.indicator().lineName(0));
        assertEquals(3, r.indicator().minPeriod());
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 4, 6, 6}, r.line(0));
    }

    @Test
    void windowIsOldestFirstWithAgoFromTheCurrentBar() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 3, 4), f -> new ApplyN(f.close(), 3,
            w -> w.get(0) * 100 + w.ago(0) * 10 + w.size()));
        assertEquals(1 * 100 + 3 * 10 + 3, r.line(0)[2]);
        assertEquals(2 * 100 + 4 * 10 + 3, r.line(0)[3]);
    }

    @Test
    void maxEqualsHighestOnSampleData() {
        Runs.Result apply = Runs.both(ArrayFeed::bt2006, f -> new ApplyN(f.close(), 14, Window::max));
        Runs.Result highest = Runs.both(ArrayFeed::bt2006, f -> new Highest(f.close(), 14));
        assertArrayEquals(highest.line(0), apply.line(0));
    }

    @Test
    void vectorisedPassAllocatesOnlyTheOutput() {
        int n = 200_000;
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = 100 + (i % 17);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(closes);
            f.preload();
            ApplyN a = new ApplyN(f.close(), 10, w -> w.max() - w.min());
            a.runOnce(1000); // warm up
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            a.runOnce(n);
            long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertTrue(allocated < 8L * n + 64 * 1024, "allocated " + allocated + " bytes for " + n + " bars");
            assertEquals(9.0, a.line(0).buffer().array()[n - 1]); // window 2..11
        }
    }

    @Test
    void needsAFunction() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2);
            assertThrows(IllegalArgumentException.class, () -> new ApplyN(f.close(), 2, null));
        }
    }
}
