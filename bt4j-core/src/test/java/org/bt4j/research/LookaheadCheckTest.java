package org.bt4j.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.indicator.IndicatorRegistry;
import org.bt4j.indicator.IndicatorRun;
import org.junit.jupiter.api.Test;

/** {@link LookaheadCheck}: Ichimoku's chikou span is named at the bar 26 before the cut; SMA passes. */
class LookaheadCheckTest {

    private static Probe indicator(String name, Map<String, String> params, IndicatorRun.Mode mode) {
        return new IndicatorProbe(IndicatorRegistry.get(name), params, mode);
    }

    @Test
    void chikouIsFlaggedInBothModes() {
        for (IndicatorRun.Mode mode : IndicatorRun.Mode.values()) {
            List<LookaheadCheck.Finding> f = LookaheadCheck.run(Bars.of(300), indicator("Ichimoku", Map.of(), mode),
                new int[] {200});
            assertEquals(1, f.size(), f.toString());
            assertEquals("Ichimoku.chikou_span", f.get(0).what());
            assertEquals(200 - 26, f.get(0).bar());
            assertEquals("NaN", f.get(0).prefix());
        }
    }

    @Test
    void aMovingAveragePasses() {
        assertTrue(LookaheadCheck.run(Bars.of(300), indicator("SMA", Map.of("period", "20"), IndicatorRun.Mode.ONCE),
            LookaheadCheck.cuts(300, 8)).isEmpty());
    }

    @Test
    void cutsSpreadOverTheLaterBars() {
        assertArrayEquals(new int[] {555, 777}, LookaheadCheck.cuts(1000, 2));
        assertEquals(8, LookaheadCheck.cuts(1000, 8).length);
    }

    @Test
    void sameIsExactUpToRounding() {
        assertTrue(LookaheadCheck.same(Double.NaN, Double.NaN));
        assertFalse(LookaheadCheck.same(1.0, Double.NaN));
        assertTrue(LookaheadCheck.same(100.0, 100.0 + 1e-12));
        assertFalse(LookaheadCheck.same(100.0, 100.001));
    }
}
