package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** {@link PeriodStats} recomputed from the monthly {@link TimeReturn} of backtrader's anchor run. */
class PeriodStatsTest {

    @Test
    void statisticsOfTheMonthlyReturns() throws Exception {
        List<Double> r = new ArrayList<>();
        for (Object v : AnalyzerAnchors.run(new Cerebro(), new TimeReturn(TimeFrame.Months, 1)).values()) {
            r.add((Double) v);
        }
        Map<String, Object> s = AnalyzerAnchors.run(new Cerebro(), new PeriodStats(TimeFrame.Months, 1));
        double mean = r.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = r.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / r.size();
        assertEquals(mean, (Double) s.get("average"), 1e-12);
        assertEquals(Math.sqrt(var), (Double) s.get("stddev"), 1e-12);
        assertEquals(r.stream().filter(x -> x > 0).count(), ((Number) s.get("positive")).longValue());
        assertEquals(r.stream().filter(x -> x < 0).count(), ((Number) s.get("negative")).longValue());
        assertEquals(r.stream().filter(x -> x == 0).count(), ((Number) s.get("nochange")).longValue());
        assertEquals(r.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), (Double) s.get("best"), 0.0);
        assertEquals(r.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), (Double) s.get("worst"), 0.0);
    }
}
