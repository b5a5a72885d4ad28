package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link OptResult}: a finished combination is not failed; one with an error is, and keeps it. */
class OptResultTest {

    @Test
    void failedMeansAnErrorWasRecorded() {
        OptResult ok = new OptResult(3, Map.of("fast", 5), 10_250.5, 9_000.0, Map.of(), null);
        assertFalse(ok.failed());
        assertEquals(3, ok.index());
        assertEquals(10_250.5, ok.value());
        OptResult bad = new OptResult(4, Map.of("fast", 0), Double.NaN, Double.NaN, Map.of(), "period must be >= 1");
        assertTrue(bad.failed());
        assertEquals("period must be >= 1", bad.error());
        assertTrue(Double.isNaN(bad.value()));
    }
}
