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
    void legacyAnnualIsTheMeanExcessOfTheCalendarYearsOverTheirDeviation() throws Exception {
        // backtrader's legacyannual: average(r - rate) / standarddev(r) over AnnualReturn's years, rate unconverted
        java.nio.file.Path data = java.nio.file.Path.of(getClass().getResource("/golden/data/daily-s1.csv").toURI());
        AnnualReturn annual = new AnnualReturn();
        SharpeRatio legacy = new SharpeRatio().legacyAnnual(true);
        new Cerebro().addData(org.bt4j.feed.CsvFeeds.open(data, null, 1))
            .addStrategy(org.bt4j.engine.CerebroTest.RunStrategy.class, Map.of("period", 15))
            .addAnalyzer("annual", () -> annual).addAnalyzer("sharpe", () -> legacy).run();
        List<Double> years = annual.returns();
        assertEquals(4, years.size(), "2015 to 2018");
        double mean = 0;
        for (double r : years) {
            mean += (r - 0.01) / years.size();
        }
        assertEquals(mean / Math.sqrt(ratioVariance(years)), (Double) legacy.analysis().get("sharperatio"), 1e-12);
        assertEquals(true, legacy.params().get("legacyannual"));
    }

    private static double ratioVariance(List<Double> xs) {
        double m = 0;
        for (double x : xs) {
            m += x / xs.size();
        }
        double v = 0;
        for (double x : xs) {
            v += (x - m) * (x - m) / xs.size();
        }
        return v;
    }

    @Test
    void oneYearlyReturnHasNoDeviationSoNoRatio() throws Exception {
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new SharpeRatio());
        assertEquals(null, a.get("sharperatio"));
    }
}
