package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
            AtomicBoolean done = new AtomicBoolean();
            Thread clock = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    for (int i = 0; i < 4 * 180 && !done.get(); i++) {
                        h.gw.advance(Duration.ofMillis(250));
                        Thread.sleep(4);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    live.runstop();
                }
            }, "virtual-clock");
            clock.start();
            List<Strategy> out;
            try {
                out = live.run();
            } finally {
                done.set(true);
                clock.join();
            }
            SmaCross lv = (SmaCross) out.get(0);
            assertEquals(1, lv.liveNotices, "LIVE once");
            // the backfill is one request of 3600 S (IB's step table allows no more for 5-second bars): 720 bars
            assertTrue(lv.bars > 600, "backfill plus three minutes of live bars, got " + lv.bars);
            assertTrue(lv.completed > 0, "orders filled live");
        }
    }
}
