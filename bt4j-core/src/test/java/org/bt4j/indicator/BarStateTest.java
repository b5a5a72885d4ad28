package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** {@link BarState}: recomputing a bar starts from the state that bar first started with. */
class BarStateTest {

    @Test
    void startsAtZero() {
        assertArrayEquals(new double[3], new BarState(3).values());
    }

    @Test
    void recomputingTheSameBarRestoresItsStartingState() {
        BarState s = new BarState(2);
        s.enter(1);
        s.values()[0] = 5;          // bar 1 steps the state to 5
        s.enter(2);
        s.values()[0] += 1;         // bar 2: 6
        s.values()[1] = 9;
        s.enter(2);                 // bar 2 again (replay): back to what bar 2 started from
        assertArrayEquals(new double[] {5, 0}, s.values());
        s.values()[0] += 2;         // recomputed bar 2: 7
        s.enter(3);                 // a new bar keeps the recomputed state
        assertArrayEquals(new double[] {7, 0}, s.values());
    }

    @Test
    void aNewBarDoesNotRestore() {
        BarState s = new BarState(1);
        s.enter(5);
        s.values()[0] = 1;
        s.enter(6);
        s.values()[0] = 2;
        s.enter(7);
        assertArrayEquals(new double[] {2}, s.values());
    }
}
