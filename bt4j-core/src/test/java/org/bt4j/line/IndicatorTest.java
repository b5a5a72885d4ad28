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

    /**
     * Keeps state during warm-up as backtrader's relvolbybar.py does: prenext counts the bars and
     * sums the day numbers of the clock's bar times, next writes count * 1000 + that sum.
     */
    private static final class WarmUpState extends Indicator {
        private int bars;
        private long days;

        WarmUpState(ArrayFeed data) {
            super(new String[] {"v"}, data, data.close());
            addMinPeriod(4);
        }

        private void record() {
            bars++;
            days += data().datetime(0) / 86_400_000_000_000L;
        }

        private ArrayFeed data() {
            return (ArrayFeed) clock();
        }

        @Override
        protected void prenext() {
            record();
        }

        @Override
        protected void next() {
            record();
            out(0).set(0, bars * 1000 + days);
        }
    }

    @Test
    void vectorisedWarmUpStepsPrenextOnTheClocksBarTimesAsBarByBarDoes() {
        ArrayFeed once = feed();
        once.preload();
        WarmUpState v;
        try (LineContext ctx = LineContext.open()) {
            v = new WarmUpState(once);
        }
        v.runOnce(once.size());
        ArrayFeed stepData = feed();
        stepData.preload();
        stepData.home();
        WarmUpState w;
        try (LineContext ctx = LineContext.open()) {
            w = new WarmUpState(stepData);
        }
        for (int i = 0; i < stepData.size(); i++) {
            stepData.advance();
            w.step();
        }
        for (int ago = -(stepData.size() - 1); ago <= 0; ago++) {
            assertEquals(w.get(ago), v.get(ago), "ago " + ago);
        }
        assertEquals(4 * 1000 + (1 + 2 + 3 + 4), w.get(-36), "the fourth bar counts the three warm-up bars");
    }
}
