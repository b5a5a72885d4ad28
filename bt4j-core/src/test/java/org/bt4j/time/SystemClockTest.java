package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SystemClockTest {

    @Test
    void followsTheWallClockPlusOffset() {
        SystemClock c = new SystemClock();
        long wall = System.currentTimeMillis() * 1_000_000L;
        assertTrue(Math.abs(c.nanos() - wall) < 5_000_000_000L);
        c.offsetNanos(3_600 * EpochNanos.SECOND);
        assertTrue(Math.abs(c.nanos() - wall - 3_600 * EpochNanos.SECOND) < 5_000_000_000L);
    }
}
