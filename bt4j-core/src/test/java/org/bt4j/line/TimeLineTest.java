package org.bt4j.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeLineTest {

    @Test
    void reserveKeepsTheTimesAndAvoidsCopiesWhileAppending() {
        TimeLine t = new TimeLine();
        t.append(1);
        t.append(2);
        t.reserve(10_000);
        long[] reserved = t.array();
        assertEquals(10_000, reserved.length);
        for (int i = 3; i <= 10_000; i++) {
            t.append(i);
        }
        assertSame(reserved, t.array(), "no growth within the reservation");
        assertEquals(10_000, t.size());
        t.seek(0);
        assertEquals(1, t.get(0));
        t.seek(9_999);
        assertEquals(10_000, t.get(0));
        assertEquals(9_999, t.get(-1));
    }

    @Test
    void reserveIsANoOpForRings() {
        TimeLine t = new TimeLine();
        t.bound(4);
        t.reserve(1_000);
        for (int i = 1; i <= 10; i++) {
            t.forward();
            t.set(0, i);
        }
        assertEquals(10, t.get(0));
        assertEquals(8, t.get(-2));
        assertEquals(10, t.len());
    }

    @Test
    void forwardWithATimeAppendsItInBothModes() {
        TimeLine t = new TimeLine();
        TimeLine ring = new TimeLine();
        ring.bound(4);
        for (int i = 1; i <= 300; i++) {
            t.forward(i);
            ring.forward(i);
        }
        assertEquals(300, t.get(0));
        assertEquals(1, t.get(-299));
        assertEquals(300, t.size());
        assertEquals(298, ring.get(-2));
        assertEquals(300, ring.len());
        t.forward();
        assertEquals(0, t.get(0), "an empty slot is zero");
    }

    @Test
    void adoptTakesTheArrayOverWithoutACopy() {
        TimeLine t = new TimeLine();
        long[] times = {10, 20, 30, 0};
        t.adopt(times, 3);
        assertSame(times, t.array());
        assertEquals(3, t.size());
        assertEquals(0, t.len());
        t.seek(2);
        assertEquals(30, t.get(0));
        assertEquals(20, t.get(-1));
        assertThrows(IllegalStateException.class, () -> t.adopt(new long[1], 1), "not empty any more");
        assertThrows(IllegalArgumentException.class, () -> new TimeLine().adopt(new long[1], 2));
    }
}
