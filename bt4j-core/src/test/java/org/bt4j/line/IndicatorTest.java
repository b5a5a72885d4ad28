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

/** {@link Indicator}: declared indicators versus the helpers inside them ({@link Indicator#isNested()}), and stepping over presized lines. */
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

    /** SMA(5) stepped bar by bar over {@code feed}, presized to {@code presize} bars when not negative. */
    private static double[] stepped(ArrayFeed data, int presize, boolean bounded) {
        data.preload();
        data.home();
        MovingAverageSimple sma;
        try (LineContext ctx = LineContext.open()) {
            sma = new MovingAverageSimple(data.close(), 5);
        }
        if (bounded) {
            sma.buffers()[0].bound(1);
        }
        if (presize >= 0) {
            sma.presize(presize);
        }
        double[] out = new double[data.size()];
        for (int i = 0; i < out.length; i++) {
            data.advance();
            sma.step();
            assertEquals(i + 1, sma.len());
            out[i] = sma.get(0);
        }
        assertEquals(out.length, sma.buffers()[0].size());
        return out;
    }

    @Test
    void aPresizedIndicatorStepsOverItsSlotsAndAppendsPastThem() {
        double[] plain = stepped(feed(), -1, false);
        assertTrue(Double.isNaN(plain[3]) && !Double.isNaN(plain[4]));
        assertEquals(java.util.Arrays.toString(plain), java.util.Arrays.toString(stepped(feed(), 40, false)));
        assertEquals(java.util.Arrays.toString(plain), java.util.Arrays.toString(stepped(feed(), 25, false)),
            "past the presized slots it appends");
        assertEquals(java.util.Arrays.toString(plain), java.util.Arrays.toString(stepped(feed(), 40, true)),
            "a bounded line is not presized");
    }
}
