package org.bt4j.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.indicator.IndicatorRegistry;
import org.bt4j.indicator.IndicatorRun;
import org.junit.jupiter.api.Test;

/** {@link WarmupCheck}: EMA's warm-up from the weight (1 - alpha)^m of its seed; SMA independent. */
class WarmupCheckTest {

    private static List<WarmupCheck.Stability> check(String name, int period, double tol) {
        return WarmupCheck.run(Bars.of(600), new IndicatorProbe(IndicatorRegistry.get(name),
            Map.of("period", Integer.toString(period)), IndicatorRun.Mode.ONCE), WarmupCheck.starts(600, 3), tol);
    }

    @Test
    void emaNeedsItsPeriodPlusTheBarsForItsSeedToFade() {
        for (int period : new int[] {10, 30}) {
            double alpha = 2.0 / (period + 1);
            int m = (int) Math.ceil(Math.log(1e-4) / Math.log(1 - alpha));
            WarmupCheck.Stability s = check("EMA", period, 1e-4).get(0);
            assertTrue(s.dependsOnHistory());
            assertEquals(period, s.firstValue());
            assertEquals(period + m, s.warmup(), "EMA(" + period + ")");
        }
    }

    @Test
    void smaIsIndependentOfHistory() {
        WarmupCheck.Stability s = check("SMA", 20, 1e-4).get(0);
        assertFalse(s.dependsOnHistory());
        assertEquals(20, s.warmup());
    }

    @Test
    void startsAndToleranceAreChecked() {
        assertEquals(3, WarmupCheck.starts(600, 3).length);
        assertThrows(IllegalArgumentException.class, () -> WarmupCheck.starts(600, 0));
        assertThrows(IllegalArgumentException.class, () -> check("EMA", 10, 1.0));
    }
}
