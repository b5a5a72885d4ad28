package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** One strategy class, unchanged: a backtest on a CSV file, then live against the gateway. */
class BacktestAndLiveTest {

    @Test
    void sameStrategyClassBacktestsOnCsvAndTradesLive() throws Exception {
        Path csv = Path.of(BacktestAndLiveTest.class.getResource("/live/minute-s2-400.csv").toURI());
        Cerebro backtest = new Cerebro();
        backtest.addData(CsvFeeds.open(csv, TimeFrame.Minutes, 1));
        backtest.addStrategy(SmaCross.class, java.util.Map.of("period", 5));
        SmaCross bt = (SmaCross) backtest.run().get(0);
        assertEquals(400, bt.bars + 4, "every bar after the SMA warm-up");
        assertTrue(bt.closedTrades > 0, "the backtest trades");

        try (LiveHarness h = new LiveHarness("2024-01-05T15:00:00Z", 41, 0.05)) {
            Cerebro live = new Cerebro().live(true);
            IbData data = h.feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5, IbDataParams.of());
            live.addData(data);
            live.setBroker(new IbBroker(h.store));
            live.addStrategy(SmaCross.class, java.util.Map.of("period", 5));
            long stopAt = h.clock.nanos() + Duration.ofMinutes(3).toNanos();
            CountDownLatch joined = new CountDownLatch(1);
            Thread stopper = new Thread(() -> { // stops the run after three minutes of virtual time
                h.clock.join();
                joined.countDown();
                h.clock.sleepUntil(stopAt);
                live.runstop();
                h.clock.leave();
            }, "virtual-stop");
            stopper.start();
            joined.await(); // before the test thread waits on the clock, so the clock cannot pass stopAt unseen
            List<Strategy> out = live.run();
            stopper.join();
            SmaCross lv = (SmaCross) out.get(0);
            assertEquals(1, lv.liveNotices, "LIVE once");
            // the backfill is one request of 3600 S (IB's step table allows no more for 5-second bars): 720 bars
            assertTrue(lv.bars > 600, "backfill plus three minutes of live bars, got " + lv.bars);
            assertTrue(lv.completed > 0, "orders filled live");
        }
    }
}
