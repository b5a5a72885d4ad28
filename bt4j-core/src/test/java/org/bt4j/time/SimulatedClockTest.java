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
}
