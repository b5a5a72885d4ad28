package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.analyzer.TradeAnalyzer;
import org.bt4j.broker.Trade;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.gen.BarGenerator;
import org.bt4j.indicator.IndicatorRegistry;
import org.bt4j.indicator.LineOp;
import org.bt4j.indicator.MACDHisto;
import org.bt4j.indicator.RelativeStrengthIndex;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineBuffer;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;

/**
 * exactbars -1 and -2: helpers inside indicators and strategy-level line operations keep bounded
 * rings (and with -2 the unplotted strategy-level indicators), everything else stays whole, and
 * every value equals the run that keeps everything. exactbars=1: only live orders and open trades
 * are retained, with results and analyzers identical to the run that keeps everything.
 */
class CerebroExactbarsTest {

    /** Builds one registry indicator with its defaults and records every line on every bar. */
    public static final class Record extends Strategy {
        final String name;
        final boolean unplotted;
        Indicator ind;
        final List<String> rows = new ArrayList<>();

        Record(String name, boolean unplotted) {
            this.name = name;
            this.unplotted = unplotted;
        }

        @Override
        protected void init() {
            ind = IndicatorRegistry.get(name).create(data(), Map.of());
            ind.plot(!unplotted);
        }

        private void row() {
            StringBuilder sb = new StringBuilder().append(len());
            for (int i = 0; i < ind.lineCount(); i++) {
                sb.append(',').append(PyFormat.repr(ind.line(i).get(0)));
            }
            rows.add(sb.toString());
        }

        @Override
        protected void prenext() {
            row();
        }

        @Override
        protected void next() {
            row();
        }
    }

    private static DataFeed daily() {
        return CsvFeeds.open(GoldenBacktestsTest.resource("data/bt-2006-day-001.txt"), null, 1);
    }

    @Test
    void everyRegistryIndicatorGivesTheSameValuesWithBoundedHelpers() {
        int checked = 0;
        int boundedTopLevel = 0;
        for (IndicatorRegistry.Entry e : IndicatorRegistry.entries()) {
            List<List<String>> runs = new ArrayList<>();
            for (int level : new int[] {0, -1, -2}) {
                Record s = new Record(e.name(), level == -2);
                new Cerebro().addData(daily()).addStrategy(s, Map.of()).runonce(false).exactbars(level).run();
                if (level != 0) {
                    for (Indicator ind : s.indicators()) {
                        boolean bounded = ind.isNested() || ind instanceof LineOp || (level == -2 && !ind.plotted());
                        for (LineBuffer b : ind.buffers()) {
                            assertEquals(bounded, b.isBounded(), e.name() + " level " + level + ": " + ind);
                        }
                    }
                }
                if (level == -2 && s.ind.buffers()[0].isBounded()) {
                    boundedTopLevel++; // the unplotted strategy-level indicator itself
                }
                runs.add(s.rows);
            }
            assertEquals(runs.get(0), runs.get(1), e.name() + " exactbars=-1");
            assertEquals(runs.get(0), runs.get(2), e.name() + " exactbars=-2");
            checked++;
        }
        assertTrue(checked > 100, "registry indicators checked: " + checked);
        assertEquals(checked, boundedTopLevel);
    }

    /** A strategy with RSI and MACD (both build helpers) and a strategy-level line operation. */
    public static final class Helpers extends Strategy {
        RelativeStrengthIndex rsi;
        MACDHisto macd;
        LineOp spread;

        @Override
        protected void init() {
            rsi = new RelativeStrengthIndex(close(), 14);
            macd = new MACDHisto(close());
            spread = LineOp.of(LineOp.Kind.SUB, high(), low());
        }
    }

    @Test
    void helperMemoryStaysFlatWhateverTheLengthOfTheData() {
        int n = 200_000;
        long[] t = new long[n];
        double[] c = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            t[i] = (i + 1) * 60_000_000_000L;
            p += Math.sin(i * 0.37) + Math.cos(i * 0.11);
            c[i] = p;
            h[i] = p + 1;
            l[i] = p - 1;
        }
        Helpers s = new Helpers();
        new Cerebro().addData(ArrayFeed.of("m", t, c, h, l, c, c, null)).addStrategy(s, Map.of()).exactbars(-1)
                .stdstats(false).run();
        int helpers = 0;
        for (Indicator ind : s.indicators()) {
            for (LineBuffer b : ind.buffers()) {
                if (ind.isNested() || ind == s.spread) {
                    helpers++;
                    assertTrue(b.capacity() <= 64, ind + " keeps " + b.capacity() + " slots");
                } else {
                    assertTrue(b.capacity() >= n, ind + " keeps every value");
                }
            }
        }
        assertTrue(helpers >= 5, "RSI and MACD build helpers: " + s.indicators());
        assertFalse(s.rsi.buffers()[0].isBounded());
        assertEquals(n, s.rsi.len());
    }

    /** Samples how many orders and trades the strategy holds on every bar. */
    static final class Held implements Analyzer {
        private Strategy strategy;
        int maxOrders;
        int maxTrades;

        @Override
        public void start(Strategy s) {
            strategy = s;
        }

        @Override
        public void prenext() {
            next();
        }

        @Override
        public void next() {
            maxOrders = Math.max(maxOrders, strategy.orders().size());
            maxTrades = Math.max(maxTrades, strategy.trades().size());
        }

        @Override
        public Map<String, Object> analysis() {
            return Map.of();
        }
    }

    /** smacross with Limit entries valid one day: orders complete, expire, or are still open at the end. */
    private static Strategy smacrossRun(int exactbars, Boolean retain, Held held, TradeAnalyzer ta) throws Exception {
        ArrayFeed data = BarGenerator.minute(42, 100_000, LocalDate.of(2000, 1, 3), 60_000).toFeed("m");
        Cerebro c = new Cerebro().addData(data).addStrategy(SmaCross.class, Map.of("exectype", "Limit", "offset", 0.0002, "validdays", 1))
                .exactbars(exactbars).retainHistory(retain).addAnalyzer("held", () -> held).addAnalyzer("ta", () -> ta);
        Strategy s = c.run().get(0);
        assertEquals(60_000, c.barsProcessed());
        return s;
    }

    @Test
    void exactbarsOneKeepsOnlyLiveOrdersAndOpenTradesWithIdenticalResults() throws Exception {
        TradeAnalyzer taAll = new TradeAnalyzer();
        Strategy all = smacrossRun(0, null, new Held(), taAll);
        long completed = all.orders().stream().filter(o -> o.status() == OrderStatus.Completed).count();
        long expired = all.orders().stream().filter(o -> o.status() == OrderStatus.Expired).count();
        long closed = all.trades().stream().filter(Trade::isClosed).count();
        assertTrue(completed > 500 && expired > 20 && closed > 200, completed + " " + expired + " " + closed);
        assertEquals(completed, all.completedOrderCount());
        assertEquals(closed, all.closedTradeCount());

        Held held = new Held();
        TradeAnalyzer ta = new TradeAnalyzer();
        Strategy flat = smacrossRun(1, null, held, ta);
        assertEquals(all.completedOrderCount(), flat.completedOrderCount());
        assertEquals(all.closedTradeCount(), flat.closedTradeCount());
        assertEquals(all.broker().getValue(), flat.broker().getValue());
        assertEquals(all.broker().getCash(), flat.broker().getCash());
        assertEquals(taAll.analysis(), ta.analysis(), "TradeAnalyzer accumulates on notifications");
        assertTrue(held.maxOrders <= 2 && held.maxTrades <= 1, held.maxOrders + " orders, " + held.maxTrades + " trades held");
        assertTrue(flat.orders().stream().allMatch(Order::isAlive), "only live orders remain: " + flat.orders());
        assertTrue(flat.trades().stream().noneMatch(Trade::isClosed), "only open trades remain");
        assertEquals(all.trades().stream().filter(t -> !t.isClosed()).count(), flat.trades().size());
        assertEquals(all.orders().stream().filter(Order::isAlive).count(), flat.orders().size());

        Strategy kept = smacrossRun(1, true, new Held(), new TradeAnalyzer());
        assertEquals(all.orders().size(), kept.orders().size(), "retainHistory(true) keeps every order");
        assertEquals(all.trades().size(), kept.trades().size());
    }
}
