package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link SharpeRatio} recomputed independently from the {@link TimeReturn} it is built on, on
 * backtrader's analyzer anchor run: mean excess return over its population standard deviation,
 * the annual risk-free rate converted to the period, and the √252 factor when annualised.
 */
class SharpeRatioTest {

    private static List<Double> monthly() throws Exception {
        List<Double> out = new ArrayList<>();
        for (Object v : AnalyzerAnchors.run(new Cerebro(), new TimeReturn(TimeFrame.Months, 1)).values()) {
            out.add((Double) v);
        }
        return out;
    }

    private static double ratio(List<Double> returns, double periodRate) {
        double mean = 0;
        for (double r : returns) {
            mean += r - periodRate;
        }
        mean /= returns.size();
        double var = 0;
        for (double r : returns) {
            double d = r - periodRate - mean;
            var += d * d;
        }
        return mean / Math.sqrt(var / returns.size());
    }

    @Test
    void monthlyRatioIsMeanExcessOverStandardDeviation() throws Exception {
        List<Double> rets = monthly();
        double rate = Math.pow(1.01, 1.0 / 12) - 1.0;
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new SharpeRatio(TimeFrame.Months, 1));
        assertEquals(ratio(rets, rate), (Double) a.get("sharperatio"), 1e-9);
        Map<String, Object> annual = AnalyzerAnchors.run(new Cerebro(),
                new SharpeRatio(TimeFrame.Months, 1).annualize(true));
        assertEquals(Math.sqrt(12) * ratio(rets, rate), (Double) annual.get("sharperatio"), 1e-9);
    }

    @Test
    void oneYearlyReturnHasNoDeviationSoNoRatio() throws Exception {
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new SharpeRatio());
        assertEquals(null, a.get("sharperatio"));
    }
}
