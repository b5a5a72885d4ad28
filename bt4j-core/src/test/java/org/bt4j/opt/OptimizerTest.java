package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bt4j.analyzer.SQN;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.CommInfo;
import org.bt4j.engine.CerebroTest;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.builtin.SmaCross;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;

/**
 * {@link Optimizer}: backtrader's test_strategy_optimized anchors through the optimiser, a failing
 * combination reported in its row, and 10,000 combinations on every core with flat memory.
 */
class OptimizerTest {

    private static DataFeed data(String file) throws Exception {
        return CsvFeeds.open(Path.of(OptimizerTest.class.getResource("/golden/data/" + file).toURI()), null, 1);
    }

    @Test
    void backtradersOptimizedAnchors() throws Exception {
        String[] expected = ("14525.80 14525.80 15408.20 15408.20 14763.90 14763.90 14763.90 14763.90 14763.90 14763.90 "
                + "14763.90 14763.90 14763.90 14763.90 13187.10 13187.10 13187.10 13684.40 13684.40 13684.40 "
                + "13684.40 13684.40 13684.40 13656.10 13656.10 13656.10 13656.10 12988.10 12988.10 12988.10 "
                + "12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10 12988.10").split(" ");
        for (boolean runonce : new boolean[] {true, false}) {
            Optimizer opt = new Optimizer().data(data("bt-2006-day-001.txt")).strategy(CerebroTest.RunStrategy.class)
                    .grid(ParamGrid.parse(List.of("period=5:44", "resets=false"))).runonce(runonce)
                    .broker(() -> new BackBroker().setCommission(CommInfo.setCommission(2.0, 1000.0, 10.0)));
            String[] got = new String[40];
            Optimizer.Summary sum = opt.run(r -> {
                assertNull(r.error());
                got[(int) r.index()] = PyFormat.fixed(r.value(), 2);
                assertEquals(PyFormat.fixed(r.value() - 1000.0, 2), PyFormat.fixed(r.cash(), 2));
                assertEquals(r.index() + 5, ((Number) r.params().get("period")).longValue());
            }, Progress.NONE);
            assertEquals(40, sum.runs());
            assertEquals(List.of(expected), List.of(got), "runonce=" + runonce);
        }
    }

    @Test
    void aFailingCombinationIsReportedAndTheSweepGoesOn() throws Exception {
        List<OptResult> rows = new ArrayList<>();
        Optimizer.Summary sum = new Optimizer().data(data("daily-s1.csv")).strategy(SmaCross.class)
                .grid(ParamGrid.parse(List.of("fast=0:2", "slow=30")))
                .analyzer("sqn", SQN::new)
                .run(rows::add, Progress.NONE);
        assertEquals(3, sum.runs());
        assertEquals(1, sum.failed());
        rows.sort((a, b) -> Long.compare(a.index(), b.index()));
        assertEquals("fast and slow must be >= 1, got fast=0 slow=30", rows.get(0).error());
        assertTrue(Double.isNaN(rows.get(0).value()));
        assertNull(rows.get(1).error());
        assertTrue(rows.get(2).analyses().get("sqn").containsKey("sqn"));
    }

    @Test
    void tenThousandCombinationsOnEveryCoreWithFlatMemory() throws Exception {
        Optimizer opt = new Optimizer().data(data("daily-s1.csv")).strategy(SmaCross.class)
                .grid(ParamGrid.parse(List.of("fast=1:100", "slow=1:100")));
        assertEquals(10_000, ParamGrid.parse(List.of("fast=1:100", "slow=1:100")).size());
        Runtime rt = Runtime.getRuntime();
        opt.runOne(0); // warm the classes up before measuring
        long before = usedAfterGc(rt);
        Set<String> threads = new HashSet<>();
        long[] maxUsed = new long[1];
        double[] checksum = new double[1];
        Optimizer.Summary sum = opt.run(r -> {
            threads.add(Thread.currentThread().getName());
            checksum[0] += r.value();
            if (r.index() % 500 == 0) {
                maxUsed[0] = Math.max(maxUsed[0], rt.totalMemory() - rt.freeMemory());
            }
        }, Progress.NONE);
        long after = usedAfterGc(rt);
        assertEquals(10_000, sum.runs());
        assertEquals(0, sum.failed());
        assertEquals(Math.min(2, rt.availableProcessors()) > 1, threads.size() > 1, "workers used: " + threads);
        assertEquals(rt.availableProcessors(), sum.threads());
        assertTrue(after - before < 16L << 20, "heap grew by " + ((after - before) >> 20) + " MiB over 10,000 runs");
        assertTrue(checksum[0] > 10_000 * 9_000.0);
        System.out.printf("optimiser: %d runs in %.2f s, %.0f runs/s on %d threads%n", sum.runs(),
                sum.elapsedNanos() / 1e9, sum.runsPerSecond(), sum.threads());
    }

    private static long usedAfterGc(Runtime rt) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full collection: returns once it is done
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    @Test
    void runOneMatchesAPlainRun() throws Exception {
        Optimizer opt = new Optimizer().data(data("daily-s1.csv")).strategy(SmaCross.class)
                .grid(ParamGrid.of(Map.of("fast", List.of(10), "slow", List.of(30))));
        OptResult r = opt.runOne(0);
        org.bt4j.engine.Cerebro c = new org.bt4j.engine.Cerebro().addData(data("daily-s1.csv"))
                .addStrategy(SmaCross.class, Map.of("fast", 10, "slow", 30));
        c.run();
        assertEquals(c.broker().getValue(), r.value(), 0.0);
        assertEquals(c.broker().getCash(), r.cash(), 0.0);
    }

    /** A strategy whose run with {@code n == 3} meets an OutOfMemoryError, as a worker on a small heap does. */
    public static final class OutOfMemoryAtThree extends org.bt4j.strategy.Strategy {
        @org.bt4j.strategy.Param(doc = "combination number")
        private int n;

        @Override
        public void next() {
            if (n == 3) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    @Test
    void aLostWorkerStopsTheSweepAndTheSummarySaysWhichRowsAreMissing() throws Exception {
        List<OptResult> rows = new ArrayList<>();
        Optimizer.Summary sum = new Optimizer().data(data("daily-s1.csv")).strategy(OutOfMemoryAtThree.class)
                .grid(ParamGrid.parse(List.of("n=1:40"))).threads(1)
                .run(rows::add, Progress.NONE);
        assertFalse(sum.complete());
        assertEquals(40, sum.total());
        assertEquals(2, sum.runs(), "combinations 1 and 2 have their rows; none starts after the lost worker");
        assertEquals(2, rows.size());
        assertTrue(sum.lost().startsWith("a worker ran out of memory (Java heap space) with 1 threads and a heap of "),
                sum.lost());
        assertTrue(sum.lost().endsWith("give the JVM more heap (BT4J_JAVA_OPTS=-Xmx…) or use fewer --threads"));
    }

    @Test
    void theDefaultThreadCountFitsTheHeap() {
        long mb = 1L << 20;
        assertEquals(2, Optimizer.threadsFor(4096 * mb, 10_000, 2), "a small data: every core");
        assertEquals(1, Optimizer.threadsFor(64 * mb, 1_000_000, 8), "a million bars in 64 MB: one thread");
        assertEquals(3, Optimizer.threadsFor(1600 * mb, 1_000_000, 8), "a million bars in 1.6 GB: three");
        assertEquals(1, Optimizer.threadsFor(16 * mb, 10_000_000, 8), "never fewer than one");
    }
}
