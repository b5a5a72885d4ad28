package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.line.Indicator;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** backtrader's short names over feeds, indicators and lines give what the full classes give. */
class IndicatorsTest {

    /** Each helper next to the full class it stands for; records both every bar. */
    public static final class Pairs extends Strategy {
        final List<Indicator[]> pairs = new ArrayList<>();
        final List<String> mismatches = new ArrayList<>();
        int bars;

        @Override
        protected void init() {
            MovingAverageSimple fast = sma(10);
            MovingAverageSimple slow = sma(data(), 30);
            pairs.add(new Indicator[] {fast, new MovingAverageSimple(close(), 10)});
            pairs.add(new Indicator[] {crossOver(fast, slow), new CrossOver(fast.line(0), slow.line(0))});
            pairs.add(new Indicator[] {crossUp(fast, slow), new CrossUp(fast.line(0), slow.line(0))});
            pairs.add(new Indicator[] {crossDown(fast, slow), new CrossDown(fast.line(0), slow.line(0))});
            pairs.add(new Indicator[] {ema(fast, 5), new ExponentialMovingAverage(fast.line(0), 5)});
            pairs.add(new Indicator[] {rsi(), new RelativeStrengthIndex(close())});
            pairs.add(new Indicator[] {atr(), new AverageTrueRange(data())});
            pairs.add(new Indicator[] {bbands(), new BollingerBands(close())});
            pairs.add(new Indicator[] {macd(), new MACD(close())});
            pairs.add(new Indicator[] {stochastic(), new Stochastic(data())});
            pairs.add(new Indicator[] {highest(high(), 5), new Highest(high(), 5)});
            pairs.add(new Indicator[] {lowest(low(), 5), new Lowest(low(), 5)});
            pairs.add(new Indicator[] {stddev(data(), 20), new StandardDeviation(close())});
            pairs.add(new Indicator[] {momentum(data(), 12), new Momentum(close(), 12)});
            pairs.add(new Indicator[] {roc(data(), 12), new RateOfChange(close(), 12)});
            pairs.add(new Indicator[] {wma(data(), 9), new WeightedMovingAverage(close(), 9)});
            pairs.add(new Indicator[] {smma(data(), 9), new SmoothedMovingAverage(close(), 9)});
            pairs.add(new Indicator[] {dema(data(), 9), new DoubleExponentialMovingAverage(close(), 9)});
            pairs.add(new Indicator[] {kama(data(), 9), new AdaptiveMovingAverage(close(), 9)});
            pairs.add(new Indicator[] {hma(data(), 9), new HullMovingAverage(close(), 9)});
            // by backtrader name, the table bt4j indicator uses: bt.indicators.SMA(self.data, period=15)
            pairs.add(new Indicator[] {indicator("SMA", Map.of("period", 15)), new MovingAverageSimple(close(), 15)});
            pairs.add(new Indicator[] {indicator("BBands", data(), Map.of("period", 10, "devfactor", 1.5)),
                bbands(10, 1.5)});
        }

        @Override
        protected void next() {
            bars++;
            for (Indicator[] p : pairs) {
                for (int l = 0; l < p[0].lineCount(); l++) {
                    double a = p[0].line(l).get(0);
                    double b = p[1].line(l).get(0);
                    if (Double.compare(a, b) != 0) {
                        mismatches.add(p[0].getClass().getSimpleName() + " line " + l + " bar " + len() + ": " + a + " != " + b);
                    }
                }
            }
        }
    }

    private static java.nio.file.Path data() {
        try {
            return java.nio.file.Path.of(IndicatorsTest.class.getResource("/golden/data/bt-2006-day-001.txt").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shortNamesMatchTheFullClassesInBothRunModes() {
        for (boolean once : new boolean[] {true, false}) {
            Pairs s = new Pairs();
            new Cerebro().runonce(once).addData(CsvFeeds.open(data(),
                TimeFrame.Days, 1)).addStrategy(s).run();
            assertEquals(List.of(), s.mismatches);
            assertEquals(255 - 34 + 1, s.bars, "MACD's warm-up is 34 bars, the longest");
            // named as backtrader names bt.ind.SMA(...) (its alias) and MovingAverageSimple(...)
            assertEquals("SMA", s.pairs.get(0)[0].name());
            assertEquals("MovingAverageSimple", s.pairs.get(0)[1].name());
            assertEquals("BBands", s.pairs.get(7)[0].name());
            assertEquals("SMA", s.pairs.get(20)[0].name());
        }
    }

    @Test
    void aSecondDataIsReadWhereBacktraderReadsIt() {
        // CrossOver(SMA(self.data1, period=10), SMA(period=30)): data1 given, data0 implied
        List<String> mismatches = new ArrayList<>();
        int[] crosses = new int[1];
        Strategy s = new Strategy() {
            private Indicator helpers;
            private Indicator full;

            @Override
            protected void init() {
                helpers = crossOver(sma(data(1), 10), sma(30));
                full = new CrossOver(new MovingAverageSimple(data(1).close(), 10).line(0),
                    new MovingAverageSimple(data(0).close(), 30).line(0));
            }

            @Override
            protected void next() {
                double a = helpers.line(0).get(0);
                if (Double.compare(a, full.line(0).get(0)) != 0) {
                    mismatches.add("bar " + len() + ": " + a + " != " + full.line(0).get(0));
                }
                crosses[0] += a != 0 ? 1 : 0;
            }
        };
        new Cerebro().addData(CsvFeeds.open(data(), TimeFrame.Days, 1))
            .addData(CsvFeeds.open(data(), TimeFrame.Days, 1)).addStrategy(s).run();
        assertEquals(List.of(), mismatches);
        assertTrue(crosses[0] > 0, "the averages cross");
    }

    @Test
    void anUnknownIndicatorOrParameterByNameIsRefusedWithOneSentence() {
        for (String[] c : new String[][] {{"SMAA", "period", "unknown indicator 'SMAA'; valid: "},
                {"SMA", "length", "unknown parameter 'length' for MovingAverageSimple; valid: period"}}) {
            Strategy s = new Strategy() {
                @Override
                protected void init() {
                    indicator(c[0], Map.of(c[1], 15));
                }
            };
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Cerebro()
                .addData(CsvFeeds.open(data(), TimeFrame.Days, 1)).addStrategy(s).run());
            assertTrue(e.getMessage().startsWith(c[2]), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }
}
