package org.bt4j.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ExecutionBit}: a fill's value and commission are the sums of its closed and opened parts. */
class ExecutionBitTest {

    @Test
    void valueAndCommissionAddTheClosedAndOpenedParts() {
        // a sell of 3 at 101 against a long of 1 at 100: closes 1 (value 100, comm 0.101), opens -2
        // (value -202, comm 0.202)
        ExecutionBit b = new ExecutionBit(0, -3, 101, -1, 100, 0.101, -2, -202, 0.202, 1.0, -2, 101);
        assertEquals(-102.0, b.value(), 1e-12);
        assertEquals(0.303, b.comm(), 1e-12);
    }
}
