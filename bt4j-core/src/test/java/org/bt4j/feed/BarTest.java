package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Bar}: the scratch record is filled in place, copied from another bar or from a feed's lines. */
class BarTest {

    private static final long DAY = 86_400_000_000_000L;

    @Test
    void setFillsEveryFieldAndReturnsTheSameBar() {
        Bar b = new Bar();
        assertSame(b, b.set(DAY, 1, 2, 0.5, 1.5, 100, 7));
        assertEquals(DAY, b.time);
        assertEquals(1, b.open);
        assertEquals(2, b.high);
        assertEquals(0.5, b.low);
        assertEquals(1.5, b.close);
        assertEquals(100, b.volume);
        assertEquals(7, b.openInterest);
        assertEquals("Bar[1970-01-02T00:00Z o=1.0 h=2.0 l=0.5 c=1.5 v=100.0 oi=7.0]", b.toString());
    }

    @Test
    void copiesAnotherBarWithoutSharingIt() {
        Bar a = new Bar().set(DAY, 1, 2, 0.5, 1.5, 100, 7);
        Bar b = new Bar().set(a);
        a.set(0, 0, 0, 0, 0, 0, 0);
        assertEquals("Bar[1970-01-02T00:00Z o=1.0 h=2.0 l=0.5 c=1.5 v=100.0 oi=7.0]", b.toString());
    }

    @Test
    void copiesTheCurrentOrAnOlderBarOfAFeed() {
        ArrayFeed f = ArrayFeed.of("t", new long[] {DAY, 2 * DAY}, new double[] {1, 2}, new double[] {3, 4},
                new double[] {0.5, 1.5}, new double[] {2, 3}, new double[] {10, 20}, null);
        assertTrue(f.next());
        assertTrue(f.next());
        assertEquals("Bar[1970-01-03T00:00Z o=2.0 h=4.0 l=1.5 c=3.0 v=20.0 oi=0.0]", new Bar().set(f, 0).toString());
        assertEquals("Bar[1970-01-02T00:00Z o=1.0 h=3.0 l=0.5 c=2.0 v=10.0 oi=0.0]", new Bar().set(f, -1).toString());
    }
}
