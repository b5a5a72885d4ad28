package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class LiveBarBuilderTest {

    private static final long S = 1_000_000_000L;
    private static final long T = 1_466_433_455L * S;

    private final List<double[]> out = new ArrayList<>();
    private final LiveBarBuilder.Sink sink = (e, o, h, l, c, v, oi) -> out.add(new double[] {e, o, h, l, c, v});

    private LiveBarBuilder fiveSeconds(boolean latethrough) {
        return new LiveBarBuilder(BarBuckets.of(TimeFrame.Seconds, 5, ZoneOffset.UTC, LocalTime.MAX), latethrough, sink);
    }

    private static void tick(LiveBarBuilder b, long t, double p, double v) {
        b.add(t, t, p, p, p, p, v);
    }

    @Test
    void ticksBecomeEndStampedBars() {
        LiveBarBuilder b = fiveSeconds(false);
        tick(b, T, 10, 1);
        tick(b, T + 2 * S, 12, 2);
        tick(b, T + 4 * S, 9, 3);
        assertTrue(out.isEmpty());
        tick(b, T + 5 * S, 11, 4);
        assertEquals(1, out.size());
        assertEquals(List.of((double) (T + 5 * S), 10.0, 12.0, 9.0, 9.0, 6.0), box(out.get(0)));
        b.closeUpTo(T + 10 * S - 1);
        assertEquals(1, out.size());
        b.closeUpTo(T + 10 * S);
        assertEquals(List.of((double) (T + 10 * S), 11.0, 11.0, 11.0, 11.0, 4.0), box(out.get(1)));
    }

    @Test
    void duplicateAndLateBarsAreDropped() {
        LiveBarBuilder b = fiveSeconds(false);
        b.add(T, T + 5 * S, 1, 2, 0.5, 1.5, 10);
        b.add(T + 5 * S, T + 10 * S, 2, 3, 1, 2, 10);
        assertEquals(1, out.size());
        b.flush();
        assertFalse(b.add(T + 5 * S, T + 10 * S, 2, 3, 1, 2, 10), "same end: duplicate");
        assertFalse(b.add(T, T + 5 * S, 1, 2, 0.5, 1.5, 10), "older: late");
        assertEquals(2, out.size());
        assertEquals(T + 10 * S, b.lastEnd());
    }

    @Test
    void latethroughFoldsLateTicksIntoTheCurrentBar() {
        LiveBarBuilder b = fiveSeconds(true);
        tick(b, T + 6 * S, 10, 1);
        tick(b, T + 1 * S, 20, 1);
        tick(b, T + 5 * S, 15, 1);
        b.flush();
        assertEquals(List.of((double) (T + 10 * S), 10.0, 20.0, 10.0, 15.0, 3.0), box(out.get(0)));
    }

    @Test
    void discardedPartialIsForgotten() {
        LiveBarBuilder b = fiveSeconds(false);
        tick(b, T + 1, 10, 1);
        assertTrue(b.hasPartial());
        b.discardPartial();
        b.flush();
        assertTrue(out.isEmpty());
    }

    @Test
    void withoutBucketsEveryTickIsABar() {
        LiveBarBuilder b = new LiveBarBuilder(null, false, sink);
        tick(b, T, 10, 1);
        tick(b, T, 11, 1);
        assertFalse(b.add(T - 1, T - 1, 9, 9, 9, 9, 1), "older tick dropped");
        assertEquals(2, out.size(), "equal times are distinct trades");
    }

    private static List<Double> box(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double d : a) {
            l.add(d);
        }
        return l;
    }
}
