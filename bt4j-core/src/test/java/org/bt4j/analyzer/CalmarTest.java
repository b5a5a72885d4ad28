package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link Calmar} over daily periods with a window of 5 values on backtrader's analyzer anchor run:
 * {@code nan} until the window (padded with nan, then the start value) is full, and the last value
 * is the average log return over the window divided by the run's maximum drawdown
 * ({@link TimeDrawDown}), on the value curve rebuilt from the daily returns.
 */
class CalmarTest {

    @Test
    void rollingLogReturnOverMaximumDrawdown() throws Exception {
        Map<String, Object> c = AnalyzerAnchors.run(new Cerebro(), new Calmar(TimeFrame.Days, 1, 5));
        List<Double> got = new ArrayList<>();
        for (Object v : c.values()) {
            got.add((Double) v);
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(Double.isNaN(got.get(i)), "window not full at " + i + ": " + got.subList(0, 6));
        }
        assertFalse(Double.isNaN(got.get(3)), got.subList(0, 6).toString());
        assertFalse(Double.isNaN(got.get(got.size() - 1)));
        double[] v = DrawDownTest.dailyValues();
        double mdd = (Double) AnalyzerAnchors.run(new Cerebro(), new TimeDrawDown(TimeFrame.Days, 1)).get("maxdrawdown");
        int n = v.length;
        // backtrader's stop() runs on_dt_over once more, so the final value fills the last two slots
        double expected = Math.log(v[n - 1] / v[n - 4]) / 5 / mdd;
        assertEquals(expected, got.get(got.size() - 1), 1e-12, "keys " + c.size() + " values " + n);
    }

    @Test
    void periodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Calmar(TimeFrame.Days, 1, 0));
    }
}
