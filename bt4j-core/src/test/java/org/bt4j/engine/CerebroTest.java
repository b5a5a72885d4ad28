package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.CommInfo;
import org.bt4j.broker.Trade;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.gen.BarGenerator;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.line.SpanCopy;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine against backtrader's own reference numbers (backtrader-test-anchors.md):
 * {@code test_strategy_unoptimized} and {@code test_strategy_optimized} in all of backtrader's
 * run configurations, and BT-SMACROSS-10-30-S42 on generated minute bars in every mode.
 */
public class CerebroTest {

    /**
     * backtrader's RunStrategy of tests/test_strategy_unoptimized.py; the optimized test's variant
     * has no notify_order, so its first order stays "pending" for ever ({@code resets=false}).
     */
    public static final class RunStrategy extends Strategy {
        @Param
        int period = 15;
        @Param
        boolean resets = true;
        final List<String> buyCreate = new ArrayList<>();
        final List<String> sellCreate = new ArrayList<>();
        final List<String> buyExec = new ArrayList<>();
        final List<String> sellExec = new ArrayList<>();
        private CrossOver cross;
        private Order pending;

        @Override
        protected void init() {
            MovingAverageSimple sma = new MovingAverageSimple(data().close(), period);
            cross = new CrossOver(data().close(), sma.line(0));
        }

        @Override
        protected void notifyOrder(Order order) {
            if (order.status() == OrderStatus.Submitted || order.status() == OrderStatus.Accepted) {
                return;
            }
            if (order.status() == OrderStatus.Completed) {
                (order.isBuy() ? buyExec : sellExec).add(PyFormat.fixed(order.executed().price(), 2));
            }
            if (resets) {
                pending = null;
            }
        }

        @Override
        protected void next() {
            if (pending != null) {
                return;
            }
            if (position().size() == 0) {
                if (cross.get(0) > 0.0) {
                    pending = buy();
                    buyCreate.add(PyFormat.fixed(close().get(0), 2));
                }
            } else if (cross.get(0) < 0.0) {
                pending = closePosition();
                sellCreate.add(PyFormat.fixed(close().get(0), 2));
            }
        }
    }

    private static DataFeed bt2006() {
        return CsvFeeds.open(GoldenBacktestsTest.resource("data/bt-2006-day-001.txt"), null, 1);
    }

    /** The 12 configurations of backtrader's testcommon: preload x runonce x exactbars {-2,-1,0}, plus exactbars=1. */
    private static List<Cerebro> configurations() {
        List<Cerebro> out = new ArrayList<>();
        for (boolean preload : new boolean[] {true, false}) {
            for (boolean runonce : new boolean[] {true, false}) {
                for (int exact : new int[] {-2, -1, 0}) {
                    out.add(new Cerebro().preload(preload).runonce(runonce).exactbars(exact));
                }
            }
        }
        out.add(new Cerebro().exactbars(1));
        return out;
    }

    private static RunStrategy runAnchor(Cerebro c, boolean futures, int period) {
        return runAnchor(c, futures, period, true);
    }

    private static RunStrategy runAnchor(Cerebro c, boolean futures, int period, boolean resets) {
        BackBroker b = new BackBroker();
        if (futures) {
            b.setCommission(CommInfo.setCommission(2.0, 1000.0, 10.0));
        }
        RunStrategy s = new RunStrategy();
        c.setBroker(b).addData(bt2006()).addStrategy(s, Map.of("period", period, "resets", resets)).run();
        return s;
    }

    @Test
    void testStrategyUnoptimizedStockLike() {
        for (Cerebro c : configurations()) {
            RunStrategy s = runAnchor(c, false, 15);
            assertEquals("10284.10", PyFormat.fixed(c.broker().getValue(), 2));
            assertEquals("6164.16", PyFormat.fixed(c.broker().getCash(), 2));
            assertEquals(List.of("3641.42", "3798.46", "3874.61", "3860.00", "3843.08", "3648.33", "3526.84",
                    "3632.93", "3788.96", "3841.31", "4045.22", "4052.89"), s.buyCreate);
            assertEquals(List.of("3763.73", "3811.45", "3823.11", "3821.97", "3837.86", "3604.33", "3562.56",
                    "3772.21", "3780.18", "3974.62", "4048.16"), s.sellCreate);
            assertEquals(List.of("3643.35", "3801.03", "3872.37", "3863.57", "3845.32", "3656.43", "3542.65",
                    "3639.65", "3799.86", "3840.20", "4047.63", "4052.55"), s.buyExec);
            assertEquals(List.of("3763.95", "3811.85", "3822.35", "3822.57", "3829.82", "3598.58", "3545.92",
                    "3766.80", "3782.15", "3979.73", "4045.05"), s.sellExec);
        }
    }

    @Test
    void testStrategyUnoptimizedFuturesLike() {
        for (Cerebro c : configurations()) {
            runAnchor(c, true, 15);
            assertEquals("12795.00", PyFormat.fixed(c.broker().getValue(), 2));
            assertEquals("11795.00", PyFormat.fixed(c.broker().getCash(), 2));
        }
    }

    @Test
    void testStrategyOptimized() {
        String[] expected = ("14525.80 14525.80 15408.20 15408.20 14763.90 14763.90 14763.90 14763.90 14763.90 14763.90 "
                + "14763.90 14763.90 14763.90 14763.90 13187.10 13187.10 13187.10 13684.40 13684.40 13684.40 "
                + "13684.40 13684.40 13684.40 13656.10 13656.10 13656.10 13656.10 12988.10 12988.10 12988.10 "
                + "12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10").split(" ");
        for (int period = 5; period <= 44; period++) {
            Cerebro c = new Cerebro();
            runAnchor(c, true, period, false);
            assertEquals(expected[period - 5], PyFormat.fixed(c.broker().getValue(), 2), "period " + period);
            assertEquals(PyFormat.fixed(c.broker().getValue() - 1000.0, 2), PyFormat.fixed(c.broker().getCash(), 2));
        }
    }

    @TempDir
    static Path tmp;
    static Path bench100k;

    @BeforeAll
    static void generate() throws IOException {
        bench100k = tmp.resolve("bt_bench_100k_s42.csv");
        BarGenerator.minute(42, 100000, LocalDate.of(2000, 1, 3), 100_000).write(bench100k);
    }

    private static void checkBench(Cerebro c, Path file, int trades, String value, String cash, boolean history) {
        SmaCross s = new SmaCross();
        c.addData(CsvFeeds.open(file, TimeFrame.Minutes, 1)).addStrategy(s).run();
        assertEquals(trades, s.closedTradeCount());
        assertEquals(value, PyFormat.fixed(c.broker().getValue(), 6));
        assertEquals(cash, PyFormat.fixed(c.broker().getCash(), 6));
        if (!history) {
            // exactbars=1 keeps only live orders and open trades
            assertTrue(s.orders().stream().allMatch(Order::isAlive));
            assertTrue(s.trades().stream().noneMatch(Trade::isClosed));
            return;
        }
        assertEquals(trades, s.trades().stream().filter(Trade::isClosed).count());
        Order first = s.orders().get(0);
        assertEquals("2000-01-03T10:04:00", RunSummary.format(first.executed().dt(), first.data().tz()));
        assertEquals(1000.82, first.executed().price());
    }

    @ParameterizedTest
    @ValueSource(strings = {"runonce", "runnext", "exactbars1", "nopreload"})
    void btSmacross10x30Seed42On100kBars(String mode) {
        Cerebro c = new Cerebro();
        switch (mode) {
            case "runnext": c.runonce(false); break;
            case "exactbars1": c.exactbars(1); break;
            case "nopreload": c.preload(false); break;
            default: break;
        }
        checkBench(c, bench100k, 1961, "10002.610000", "10002.610000", !mode.equals("exactbars1"));
        assertEquals(100_000, c.barsProcessed());
        assertEquals(mode.equals("runonce"), c.usedRunOnce());
    }

    @Test
    void analyzersWithoutANameTakeBacktradersDefault() {
        Cerebro c = new Cerebro().addAnalyzer(org.bt4j.analyzer.TimeReturn::new).addAnalyzer(org.bt4j.analyzer.SQN::new)
                .addAnalyzer(org.bt4j.analyzer.TimeReturn::new).addAnalyzer(org.bt4j.analyzer.SharpeRatio_A::new);
        Strategy s = c.addData(CsvFeeds.open(bench100k, TimeFrame.Minutes, 1)).addStrategy(new SmaCross()).run().get(0);
        s.analyzer("timereturn", org.bt4j.analyzer.TimeReturn.class); // each throws when missing or of another class
        s.analyzer("sqn", org.bt4j.analyzer.SQN.class);
        s.analyzer("timereturn1", org.bt4j.analyzer.TimeReturn.class);
        s.analyzer("sharperatio_a", org.bt4j.analyzer.SharpeRatio_A.class);
    }

    @Test
    void exactbarsOneBoundsEveryLine() {
        Cerebro c = new Cerebro().exactbars(1);
        SmaCross s = new SmaCross();
        DataFeed d = CsvFeeds.open(bench100k, TimeFrame.Minutes, 1);
        c.addData(d).addStrategy(s).run();
        for (int i = 0; i < d.lineCount(); i++) {
            assertTrue(d.buffer(i).isBounded(), "data line " + d.lineName(i));
        }
        assertTrue(d.datetime().size() == 100_000, "all bars went through");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void observersWithoutHistoryKeepRingsAndWriteTheSameRows(boolean runonce) {
        String[] rows = new String[2];
        double[][] last = new double[2][];
        for (int k = 0; k < 2; k++) {
            boolean keep = k == 0;
            java.io.StringWriter out = new java.io.StringWriter();
            Cerebro c = new Cerebro().runonce(runonce).keepObserverLines(keep)
                    .addWriter(org.bt4j.writer.WriterFile.to(out, false).csv(true));
            Strategy s = c.addData(CsvFeeds.open(bench100k, TimeFrame.Minutes, 1)).addStrategy(new SmaCross()).run().get(0);
            rows[k] = out.toString();
            List<Double> ends = new ArrayList<>();
            for (org.bt4j.observer.Observer o : s.observers()) {
                assertEquals(100_000, o.len(), o.name());
                for (org.bt4j.line.LineBuffer b : o.buffers()) {
                    assertEquals(!keep, b.isBounded(), o.name());
                    assertTrue(keep ? b.capacity() >= 100_000 : b.capacity() <= 512, o.name() + " holds " + b.capacity());
                    ends.add(b.get(0));
                    ends.add(b.get(-1));
                }
            }
            last[k] = ends.stream().mapToDouble(Double::doubleValue).toArray();
            assertEquals("10002.610000", PyFormat.fixed(c.broker().getValue(), 6));
        }
        // every bar's row, the observers' columns included, is what the run keeping every value wrote
        assertEquals(rows[0], rows[1]);
        assertTrue(rows[0].lines().count() > 100_000);
        assertTrue(java.util.Arrays.equals(last[0], last[1]));
    }

    /** The 1M-bar reference run; enable with -Dbt4j.slow=true. */
    @Test
    @EnabledIfSystemProperty(named = "bt4j.slow", matches = "true")
    void btSmacross10x30Seed42On1mBars() throws IOException {
        Path file = tmp.resolve("bt_bench_1m_s42.csv");
        BarGenerator.minute(42, 100000, LocalDate.of(2000, 1, 3), 1_000_000).write(file);
        checkBench(new Cerebro(), file, 19500, "10117.490000", "8944.360000", true);
        checkBench(new Cerebro().runonce(false), file, 19500, "10117.490000", "8944.360000", true);
        checkBench(new Cerebro().exactbars(1), file, 19500, "10117.490000", "8944.360000", false);
    }

    /** Counts its warm-up bars; declares nothing itself. */
    private static final class Plain extends Strategy {
        int prenexts;
        double lastSma;
        double lastMean;

        @Override
        protected void prenext() {
            prenexts++;
        }

        @Override
        protected void next() {
            lastSma = indicators().get(0).get(0);
            double sum = 0;
            for (int ago = 0; ago > -15; ago--) {
                sum += close().get(ago);
            }
            lastMean = sum / 15;
        }
    }

    @Test
    void addIndicatorGivesEveryStrategyTheIndicatorAsIfItHadDeclaredIt() {
        for (Cerebro c : List.of(new Cerebro(), new Cerebro().runonce(false))) {
            Plain s = new Plain();
            c.addData(bt2006()).addStrategy(s).addIndicator(st -> new MovingAverageSimple(st.data().close(), 15)).run();
            assertEquals(1, s.indicators().size());
            assertTrue(!s.indicators().get(0).isNested(), "declared, not a helper");
            assertEquals(14, s.prenexts, "the strategy waits for the indicator's warm-up");
            assertEquals(s.lastMean, s.lastSma, 1e-9);
        }
    }

    /**
     * SMA(10)/SMA(30) crossings as BT-SMACROSS, reading a {@link SpanCopy} of the close on every bar; optionally
     * with an indicator not opted in, a stop after {@code stopAt} bars, a failure of the copy's pass.
     */
    private static final class Traced extends Strategy {
        final boolean highest;
        final int stopAt;
        final int failAt;
        final RuntimeException failure;
        SpanCopy copy;
        CrossOver cross;
        long bars;
        long copiesOff;

        Traced(boolean highest, int stopAt) {
            this(highest, stopAt, -1, null);
        }

        Traced(boolean highest, int stopAt, int failAt, RuntimeException failure) {
            this.highest = highest;
            this.stopAt = stopAt;
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        protected void init() {
            cross = new CrossOver(new MovingAverageSimple(close(), 10), new MovingAverageSimple(close(), 30));
            copy = new SpanCopy(close(), failAt, failure);
            if (highest) {
                new org.bt4j.indicator.Highest(close(), 5); // not opted in
            }
        }

        @Override
        protected void next() {
            if (Double.doubleToRawLongBits(copy.get(0)) != Double.doubleToRawLongBits(close().get(0))) {
                copiesOff++;
            }
            if (++bars == stopAt) {
                runstop();
            }
            if (position().size() == 0 && cross.get(0) > 0.0) {
                buy();
            } else if (position().size() > 0 && cross.get(0) < 0.0) {
                closePosition();
            }
        }
    }

    private static DataFeed minuteBars(int bars) {
        try {
            return BarGenerator.minute(42, 100000, LocalDate.of(2000, 1, 3), bars).toFeed("m");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs {@code s} on {@code c} over {@code bars} minute bars: the final value, and the threads of its pass. */
    private static String traced(Cerebro c, Traced s, int bars) {
        c.addData(minuteBars(bars)).addStrategy(s).run();
        assertEquals(0, s.copiesOff, "every value read was computed");
        return PyFormat.fixed(c.broker().getValue(), 6) + " after " + c.barsProcessed() + " bars on " + s.copy.threads;
    }

    @Test
    void aLongRunComputesItsIndicatorsBesideTheLoopWithTheSameResultAndFallsBackWhenItMust() {
        int bars = org.bt4j.line.OncePipeline.MIN_BARS;
        String main = Thread.currentThread().getName();
        String pipelined = traced(new Cerebro(), new Traced(false, -1), bars);
        String sequential = traced(new Cerebro(), new Traced(true, -1), bars);
        assertEquals(sequential.replace(main, "bt4j-precompute"), pipelined);
        assertTrue(sequential.endsWith("on [" + main + "]"), "an indicator not opted in: " + sequential);
        assertEquals(sequential, traced(new Cerebro().indicatorCache((ind, n) -> false), new Traced(false, -1), bars),
            "an indicator cache");
        assertTrue(traced(new Cerebro(), new Traced(false, -1), bars - 1).endsWith("on [" + main + "]"), "too few bars");
        Cerebro two = new Cerebro().addData(minuteBars(bars));
        assertTrue(traced(two, new Traced(false, -1), bars).endsWith("on [" + main + "]"), "two feeds");
    }

    @Test
    void aStoppedRunEndsWithItsLinesCompleteAndAFailureOfThePassEndsTheRunWithIt() {
        int bars = org.bt4j.line.OncePipeline.MIN_BARS;
        Traced stopped = new Traced(false, 20_000);
        String pipelined = traced(new Cerebro(), stopped, bars);
        String sequential = traced(new Cerebro(), new Traced(true, 20_000), bars);
        assertEquals(sequential.replace(Thread.currentThread().getName(), "bt4j-precompute"), pipelined);
        assertTrue(pipelined.contains(" after 200"), pipelined);
        org.bt4j.line.LineBuffer line = stopped.copy.buffers()[0];
        assertEquals(bars, line.size());
        assertEquals(stopped.data().close().buffer().array()[bars - 1], line.array()[bars - 1], "computed to the last bar");
        for (boolean highest : new boolean[] {false, true}) { // beside the loop, and before it
            IllegalStateException boom = new IllegalStateException("boom at bar 70000");
            Cerebro c = new Cerebro().addData(minuteBars(bars)).addStrategy(new Traced(highest, -1, 70_000, boom));
            assertSame(boom, assertThrows(IllegalStateException.class, c::run));
        }
    }
}
