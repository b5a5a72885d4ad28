package org.bt4j.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.FeedTestFiles;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.resample.ReplayedFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;

class StrategyRunnerTest {

    /** backtrader's test_data_replay: SMA(30) of the daily 2006 data replayed to weeks. */
    @Test
    void replayedWeeklySmaMatchesBacktradersAnchors() {
        DataFeed daily = CsvFeeds.open(FeedTestFiles.golden("bt-2006-day-001.txt"), null, 1);
        DataFeed weekly = new ReplayedFeed(daily, ResampleParams.replay(TimeFrame.Weeks, 1));
        WatchSma strategy = new WatchSma();
        new Cerebro().addData(weekly).addStrategy(strategy).stdstats(false).run();

        int l = strategy.lenAtStop;
        int mp = 30;
        assertEquals(52, l);
        assertEquals(mp, strategy.firstNextLen);
        assertEquals(List.of("3836.453333", "3703.962333", "3741.802000"), strategy.checkpoints);
        // replay: one next() per delivery (each update of the week being built), not one per week
        assertEquals(strategy.deliveriesAtStop - strategy.deliveriesAtFirstNext + 1, strategy.nextCalls);
        assertEquals(true, strategy.nextCalls > l - mp + 1);
    }

    /**
     * The observers' lines move in one pass before they record a bar only when all are bt4j's own
     * without analyzers; a user's observer that reads one coming after it still sees it not moved
     * yet on every bar (each observer then steps its own lines), in both run modes and with or
     * without observer history.
     */
    @Test
    void aUsersObserverSeesTheLaterObserversNotMovedYet() {
        for (boolean runonce : new boolean[] {true, false}) {
            for (boolean keep : new boolean[] {true, false}) {
                Peek peek = new Peek();
                DataFeed daily = CsvFeeds.open(FeedTestFiles.golden("bt-2006-day-001.txt"), null, 1);
                new Cerebro().addData(daily).addStrategy(new WatchSma()).stdstats(false).runonce(runonce)
                    .keepObserverLines(keep).addObserver(() -> peek).addObserver(org.bt4j.observer.Broker::new).run();
                assertEquals(255, peek.bars, "runonce=" + runonce + " keep=" + keep);
                assertEquals(0, peek.mismatches, "runonce=" + runonce + " keep=" + keep);
            }
        }
    }

    /** Counts the bars on which the Broker observer after it was not one bar behind it. */
    private static final class Peek extends org.bt4j.observer.Observer {
        org.bt4j.observer.Observer later;
        int bars;
        int mismatches;

        Peek() {
            super("seen");
        }

        @Override
        protected void onStart() {
            later = strategy.observers().get(1);
        }

        @Override
        protected void onNext() {
            bars++;
            if (later.len() != len() - 1) {
                mismatches++;
            }
        }
    }

    /** An analyzer with no analysis, overriding what a test counts. */
    private abstract static class Probe implements org.bt4j.analyzer.Analyzer {
        @Override
        public java.util.Map<String, Object> analysis() {
            return java.util.Map.of();
        }
    }

    /**
     * The per-bar loops call an analyzer only for what it overrides, and every analyzer still
     * starts and stops: one listening to cash/value only, one stepping only, one doing neither.
     */
    @Test
    void analyzersAreCalledForWhatTheyOverride() {
        int[] calls = new int[5];
        org.bt4j.analyzer.Analyzer cash = new Probe() {
            @Override
            public void notifyCashValue(double c, double v) {
                calls[0]++;
            }
        };
        org.bt4j.analyzer.Analyzer stepping = new Probe() {
            @Override
            public void prenext() {
                calls[1]++;
            }

            @Override
            public void next() {
                calls[2]++;
            }
        };
        org.bt4j.analyzer.Analyzer quiet = new Probe() {
            @Override
            public void start(Strategy s) {
                calls[3]++;
            }

            @Override
            public void stop() {
                calls[4]++;
            }
        };
        DataFeed daily = CsvFeeds.open(FeedTestFiles.golden("bt-2006-day-001.txt"), null, 1);
        WatchSma strategy = new WatchSma();
        new Cerebro().addData(daily).addStrategy(strategy).addAnalyzer("cash", () -> cash)
            .addAnalyzer("stepping", () -> stepping).addAnalyzer("quiet", () -> quiet).run();
        assertEquals(255, calls[0], "cash/value on every bar");
        assertEquals(29, calls[1], "prenext while the SMA(30) warms up");
        assertEquals(255 - 29, calls[2], "next (nextStart's default) on every other bar");
        assertEquals(1, calls[3]);
        assertEquals(1, calls[4]);
    }

    /** A strategy that takes cash/value or the fund gets them on every bar, with or without a notification. */
    @Test
    void aStrategyListeningToTheBrokerHearsEveryBar() {
        for (boolean fund : new boolean[] {false, true}) {
            int[] calls = new int[1];
            Strategy listener = fund
                ? new Strategy() {
                    @Override
                    protected void notifyFund(double cash, double value, double fundValue, double shares) {
                        calls[0]++;
                    }
                }
                : new Strategy() {
                    @Override
                    protected void notifyCashValue(double cash, double value) {
                        calls[0]++;
                    }
                };
            DataFeed daily = CsvFeeds.open(FeedTestFiles.golden("bt-2006-day-001.txt"), null, 1);
            new Cerebro().addData(daily).addStrategy(listener).stdstats(false).run();
            assertEquals(255, calls[0], fund ? "notifyFund" : "notifyCashValue");
        }
    }

    /** Records the SMA at backtrader's checkpoints [0, -l + mp, (-l + mp) // 2] at stop. */
    public static final class WatchSma extends Strategy {
        private MovingAverageSimple sma;
        int firstNextLen;
        long deliveriesAtFirstNext;
        long deliveriesAtStop;
        int nextCalls;
        int lenAtStop;
        final List<String> checkpoints = new ArrayList<>();

        @Override
        protected void init() {
            sma = sma(close(), 30);
        }

        @Override
        protected void nextStart() {
            // as in backtrader, nextstart() repeats while a replayed bar at the minimum period updates
            if (firstNextLen == 0) {
                firstNextLen = len();
                deliveriesAtFirstNext = data().deliveries();
            }
            next();
        }

        @Override
        protected void next() {
            nextCalls++;
        }

        @Override
        protected void stop() {
            lenAtStop = len();
            deliveriesAtStop = data().deliveries();
            int back = -lenAtStop + 30;
            for (int ago : new int[] {0, back, Math.floorDiv(back, 2)}) {
                checkpoints.add(PyFormat.fixed(sma.get(ago), 6));
            }
        }
    }
}
