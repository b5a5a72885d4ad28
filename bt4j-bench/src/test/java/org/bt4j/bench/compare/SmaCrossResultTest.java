package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmaCrossResultTest {

    private final SmaCrossResult ref = new SmaCrossResult(19_500, 39_001, 1, 8_944.36, 10_117.49);

    @Test
    void matchesByTheGoldenToleranceRule() {
        assertTrue(ref.matches(new SmaCrossResult(19_500, 39_001, 1, 8_944.36 + 5e-9, 10_117.49 - 5e-9)));
        assertFalse(ref.matches(new SmaCrossResult(19_500, 39_001, 1, 8_944.36, 10_117.50)));
        assertFalse(ref.matches(new SmaCrossResult(19_501, 39_001, 1, 8_944.36, 10_117.49)));
        assertFalse(ref.matches(new SmaCrossResult(19_500, 39_000, 1, 8_944.36, 10_117.49)));
        assertFalse(ref.matches(new SmaCrossResult(19_500, 39_001, 0, 8_944.36, 10_117.49)));
    }

    @Test
    void printsValuesLikePythonsFixedFormat() {
        assertEquals("trades=19500 orders=39001 position=1.0 cash=8944.36 value=10117.49", ref.toString());
    }
}
