package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bt4j.analyzer.DrawDown;
import org.bt4j.analyzer.SQN;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.builtin.SmaCross;
import org.bt4j.strategy.builtin.SmaCrossBase;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedIndicators}: combinations that need the same moving average over the data read one
 * computation of it (the same array), the others their own; a sweep with sharing gives the same
 * rows as one without, also when the budget keeps almost nothing.
 */
class SharedIndicatorsTest {

    /** Records, per combination, the arrays its two SMAs read. */
    public static final class Records extends SmaCrossBase {
        static final Map<String, double[][]> SEEN = new ConcurrentHashMap<>();

        @Override
        protected void trade() {
        }

        @Override
        protected void stop() {
            SEEN.put(fast + "/" + slow, new double[][] {smaFast.line(0).buffer().array(), smaSlow.line(0).buffer().array()});
        }
    }

    private static DataFeed master() throws Exception {
        return SharedData.preloadMaster(CsvFeeds.open(
                Path.of(SharedIndicatorsTest.class.getResource("/golden/data/daily-s1.csv").toURI()), null, 1));
    }

    private static void run(DataFeed master, SharedIndicators cache, int fast, int slow) {
        new Cerebro().stdstats(false).indicatorCache(cache).addData(new SharedData(master))
                .addStrategy(Records.class, Map.of("fast", fast, "slow", slow)).run();
    }

    @Test
    void oneComputationPerMovingAverage() throws Exception {
        DataFeed master = master();
        SharedIndicators cache = new SharedIndicators(1L << 30);
        Records.SEEN.clear();
        run(master, cache, 5, 20);
        run(master, cache, 5, 21);
        run(master, cache, 6, 20);
        run(master, cache, 20, 30);
        double[][] a = Records.SEEN.get("5/20");
        assertSame(a[0], Records.SEEN.get("5/21")[0], "SMA(5) computed once");
        assertSame(a[1], Records.SEEN.get("6/20")[1], "SMA(20) computed once");
        assertSame(a[1], Records.SEEN.get("20/30")[0], "SMA(20) as the fast one too");
        assertNotSame(a[0], Records.SEEN.get("6/20")[0]);
        run(master, null, 5, 22);
        assertNotSame(a[0], Records.SEEN.get("5/22")[0], "no cache: its own");
    }

    @Test
    void sameRowsWithAndWithoutSharingAndWithABudgetOfNothing() throws Exception {
        List<List<OptResult>> sweeps = new ArrayList<>();
        for (int variant = 0; variant < 3; variant++) {
            Optimizer o = new Optimizer().data(master()).strategy(SmaCross.class).threads(2)
                    .grid(ParamGrid.parse(List.of("fast=3:12", "slow=10:25"))).analyzer("sqn", SQN::new)
                    .analyzer("dd", DrawDown::new).shareIndicators(variant != 1);
            List<OptResult> rows = new ArrayList<>();
            if (variant == 2) {
                o.sharedBy(new SharedIndicators(0));
                for (long i = 0; i < 160; i++) {
                    rows.add(o.runOne(i));
                }
            } else {
                o.run(rows::add, Progress.NONE);
            }
            sweeps.add(rows);
        }
        assertEquals(160, sweeps.get(0).size());
        assertEquals(sweeps.get(1), sweeps.get(0), "shared = not shared");
        assertEquals(sweeps.get(1), sweeps.get(2), "a cache that keeps one indicator at a time");
    }
}
