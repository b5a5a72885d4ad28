package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.junit.jupiter.api.Test;

/**
 * {@link VWR} recomputed independently on backtrader's analyzer anchor run: the daily value curve
 * (rebuilt from the daily {@link TimeReturn}s) against steady growth at the average log return of
 * {@link Returns}, with backtrader's formula {@code dt[n] = v[n] / (v[n-1] * exp(ravg * n)) - 1},
 * sample standard deviation, {@code vwr = rnorm100 * (1 - (sdev / 2.0) ^ 0.2)}.
 */
class VWRTest {

    @Test
    void matchesTheFormulaOnTheRebuiltValueCurve() throws Exception {
        double[] v = DrawDownTest.dailyValues();
        Map<String, Object> ret = AnalyzerAnchors.run(new Cerebro(), new Returns());
        double ravg = (Double) ret.get("ravg");
        double[] dt = new double[v.length];
        double mean = 0;
        for (int n = 1; n <= v.length; n++) {
            double prev = n == 1 ? 10000.0 : v[n - 2];
            dt[n - 1] = v[n - 1] / (prev * Math.exp(ravg * n)) - 1.0;
            mean += dt[n - 1];
        }
        mean /= dt.length;
        double ss = 0;
        for (double d : dt) {
            ss += (d - mean) * (d - mean);
        }
        double sdev = Math.sqrt(ss / (dt.length - 1));
        double expected = (Double) ret.get("rnorm100") * (1.0 - Math.pow(sdev / 2.0, 0.2));
        assertEquals(expected, (Double) AnalyzerAnchors.run(new Cerebro(), new VWR()).get("vwr"), 1e-9);
    }
}
