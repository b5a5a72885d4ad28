package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Params}: the shared argument checks and their messages. */
class ParamsTest {

    @Test
    void acceptedValuesPassThrough() {
        assertEquals(1, Params.period(1));
        assertEquals(5, Params.period("rsignal", 5));
        assertEquals(0, Params.atLeast("ago", 0, 0));
    }

    @Test
    void messagesNameTheParameterAndTheValue() {
        assertEquals("period must be >= 1, got 0",
            assertThrows(IllegalArgumentException.class, () -> Params.period(0)).getMessage());
        assertEquals("lookback must be >= 1, got -2",
            assertThrows(IllegalArgumentException.class, () -> Params.period("lookback", -2)).getMessage());
        assertEquals("period must be >= 3, got 2",
            assertThrows(IllegalArgumentException.class, () -> Params.atLeast("period", 2, 3)).getMessage());
    }
}
