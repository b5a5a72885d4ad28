package org.bt4j.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MACDHisto;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.indicator.RelativeStrengthIndex;
import org.junit.jupiter.api.Test;

/** {@link Indicator#isNested()}: what a strategy declares itself versus the helpers inside indicators. */
class IndicatorTest {

    private static ArrayFeed feed() {
        long[] t = new long[40];
        double[] c = new double[40];
        for (int i = 0; i < t.length; i++) {
            t[i] = (i + 1) * 86_400_000_000_000L;
            c[i] = 100 + Math.sin(i / 3.0) * 5;
        }
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    @Test
    void declaredIndicatorsAreNotNestedTheirHelpersAre() {
        ArrayFeed data = feed();
        try (LineContext ctx = LineContext.open()) {
            MovingAverageSimple fast = new MovingAverageSimple(data.close(), 5);
            MovingAverageSimple slow = new MovingAverageSimple(data.close(), 10);
            CrossOver cross = new CrossOver(fast.line(0), slow.line(0));
            RelativeStrengthIndex rsi = new RelativeStrengthIndex(data.close(), 14);
            MACDHisto macd = new MACDHisto(data.close());
            List<Indicator> all = ctx.indicators();
            List<Indicator> declared = all.stream().filter(i -> !i.isNested()).toList();
            assertEquals(List.of(fast, slow, cross, rsi, macd), declared);
            assertTrue(all.size() > declared.size(), "RSI, MACD and CrossOver build helpers: " + all);
            assertFalse(fast.isNested());
            assertTrue(all.stream().filter(Indicator::isNested).allMatch(i -> all.indexOf(i) >= 0));
        }
    }
}
