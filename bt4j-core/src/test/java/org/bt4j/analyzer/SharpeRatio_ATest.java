package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** {@link SharpeRatio_A}: exactly {@link SharpeRatio} with {@code annualize} on, as in backtrader. */
@SuppressWarnings("checkstyle:TypeName")
class SharpeRatio_ATest {

    @Test
    void equalsTheAnnualisedSharpeRatio() throws Exception {
        SharpeRatio_A a = new SharpeRatio_A();
        Object expected = AnalyzerAnchors.run(new Cerebro(), new SharpeRatio(TimeFrame.Years, 1).annualize(true))
                .get("sharperatio");
        assertEquals(expected, AnalyzerAnchors.run(new Cerebro(), a).get("sharperatio"));
        SharpeRatio_A monthly = new SharpeRatio_A();
        Object m = AnalyzerAnchors.run(new Cerebro(), new SharpeRatio(TimeFrame.Months, 1).annualize(true))
                .get("sharperatio");
        double plain = (Double) AnalyzerAnchors.run(new Cerebro(), new SharpeRatio(TimeFrame.Months, 1))
                .get("sharperatio");
        assertEquals(Math.sqrt(12) * plain, (Double) m, 1e-12);
        assertEquals(null, AnalyzerAnchors.run(new Cerebro(), monthly).get("sharperatio"));
    }
}
