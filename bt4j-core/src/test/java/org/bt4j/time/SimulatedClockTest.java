package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    @Test
    void movesOnlyForward() {
        SimulatedClock c = new SimulatedClock(100);
        assertEquals(100, c.nanos());
        c.advance(5);
        assertEquals(105, c.nanos());
        c.set(200);
        assertEquals(200, c.nanos());
        assertThrows(IllegalArgumentException.class, () -> c.set(199));
        assertThrows(IllegalArgumentException.class, () -> c.advance(-1));
    }

    @Test
    void listenersHearEveryMoveUntilRemoved() {
        SimulatedClock c = SimulatedClock.at("2024-01-05T15:00:00Z");
        assertEquals(1_704_466_800_000_000_000L, c.nanos());
        java.util.List<Long> heard = new java.util.ArrayList<>();
        Runnable l = () -> heard.add(c.nanos());
        c.addListener(l);
        c.advance(java.time.Duration.ofSeconds(1));
        c.set(c.nanos() + 5);
        c.removeListener(l);
        c.advance(1);
        assertEquals(java.util.List.of(1_704_466_801_000_000_000L, 1_704_466_801_000_000_005L), heard);
    }
}
