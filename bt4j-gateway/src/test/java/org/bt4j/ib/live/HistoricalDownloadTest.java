package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.history.BarAggregator;
import org.bt4j.gateway.history.BarSize;
import org.bt4j.gateway.history.HistoricalBar;
import org.bt4j.gateway.history.WhatToShow;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.SyntheticTape;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.PacingStats;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.it.VirtualRun;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * Historical mode: a year of 1-minute bars in one-day chunks through the client's pacing governor,
 * against a gateway that enforces IB's pacing rules — no violation, no gap, no repeat, every bar the
 * gateway's own. Gateway and store share one {@link VirtualClock}, driven by a {@link VirtualRun}:
 * whenever everything sent has been answered and taken, the clock jumps to the next moment anything
 * is due (a queued request's pacing turn, a feed's retry), so IB's hours of pacing pass in seconds.
 * The feed times a request from when it leaves the pacing queue, so a request held there for up to
 * ten minutes is never cancelled and sent again: every request is sent once and answered once, and
 * no cancel meets an answered request (error 366).
 * {@code -Dbt4j.histdays=N} changes the span. Test thread only.
 */
class HistoricalDownloadTest {

    private static final long S = 1_000_000_000L;

    @Test
    void weeksOfMinuteBarsWithoutPacingViolation() throws Exception {
        int days = Integer.getInteger("bt4j.histdays", 365);
        VirtualClock clock = new VirtualClock(SimulatedClock.at("2025-06-02T14:00:00Z").nanos());
        clock.join(); // the test thread takes part: the clock stands still until the run waits on it
        // the 24-hour market: 1440 bars a day, every day, the most the client has to page through
        GatewayConfig config = GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(3).statePath(null)
                .followHours(false).build();
        long now = clock.nanos();
        long from = now - days * 86_400L * S;
        List<HistoricalBar> tape = tapeBars(config, from, now);
        try (Gateway gw = Gateway.start(config);
             IbStore store = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), 51, false, false, 3, 5.0, true,
                     60.0, true), clock)) {
            AtomicInteger violations = new AtomicInteger();
            AtomicInteger answers = new AtomicInteger();
            AtomicInteger noSuchQuery = new AtomicInteger();
            List<String> errors = new CopyOnWriteArrayList<>();
            store.addListener(e -> {
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ErrorMsg err) {
                    errors.add(err.toString());
                } else if (!(e instanceof StoreEvent.Message)) {
                    errors.add(e.toString());
                }
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ErrorMsg err
                        && err.code() == 162) {
                    violations.incrementAndGet();
                }
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ErrorMsg err
                        && err.code() == 366) { // a cancel reached the gateway after the request was answered
                    noSuchQuery.incrementAndGet();
                }
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.HistoricalData) {
                    answers.incrementAndGet();
                }
            });
            IbData data = new IbData(store, "AAPL-STK-SMART-USD", IbDataParams.of().historical(true)
                    .timeframe(TimeFrame.Minutes, 1).fromdate(from).todate(now));
            List<String> statuses = new ArrayList<>();
            data.addStatusListener((d, s) -> statuses.add(s.name()));
            long wallStart = System.nanoTime();
            data.start();
            int[] n = {0};
            VirtualRun run = new VirtualRun(clock);
            run.add(store.loop());
            boolean finished = run.until(data::isFinished, now + 1000L * 86_400 * S, () -> {
                IbClient c = store.connection().client();
                long pacing = c != null && c.queuedRequests() > 0 ? c.nextSendNanos() : Long.MAX_VALUE;
                return Math.min(pacing, data.nextCheckNanos(0, 0));
            }, () -> {
                data.check(0);
                while (data.next()) {
                    assertTrue(n[0] < tape.size(), "more bars than the gateway's tape holds: " + n[0]);
                    HistoricalBar want = tape.get(n[0]);
                    int k = n[0];
                    assertEquals(want.start() + 60 * S, data.datetime(0), () -> "bar " + k + " time (its end)");
                    assertEquals(want.open(), data.open().get(0), () -> "bar " + k + " open");
                    assertEquals(want.high(), data.high().get(0), () -> "bar " + k + " high");
                    assertEquals(want.low(), data.low().get(0), () -> "bar " + k + " low");
                    assertEquals(want.close(), data.close().get(0), () -> "bar " + k + " close");
                    assertEquals(want.volume(), data.volume().get(0), () -> "bar " + k + " volume");
                    n[0]++;
                }
            });
            assertTrue(finished, "not finished after " + n[0] + " bars; statuses " + statuses + "; errors " + errors);
            double wall = (System.nanoTime() - wallStart) / 1e9;
            PacingStats st = store.connection().governor().stats();
            System.out.printf(Locale.ROOT, "historical download, virtual time: %d days, %d bars in %.1f s wall, "
                    + "%.1f s virtual; %d history answers; governor: %s, virtual waiting %.1f s; other errors: %s%n", days,
                    n[0], wall, (clock.nanos() - now) / 1e9, answers.get(), st.describe(), st.totalWaitNanos() / 1e9,
                    errors.stream().filter(x -> x.contains("errorCode=3")).toList());
            assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), statuses);
            assertEquals(0, violations.get(), "no pacing violation (error 162)");
            assertEquals(0, st.violations(), "the governor saw no violation");
            assertEquals(0, noSuchQuery.get(), "no cancel of an answered request (error 366): a request held by pacing "
                    + "is timed from when it leaves, so it is never cancelled and sent again");
            assertEquals(answers.get(), st.historical(), "every history request sent was answered once: none re-sent");
            assertEquals(days, st.historical(), "one request per one-day chunk, each sent once");
            assertEquals(days * 1440, tape.size(), "the simulated market never closes");
            assertEquals(tape.size(), n[0], "every bar of the tape, once");
            if (days > 60) {
                assertTrue(st.delayed() > 0 && st.totalWaitNanos() >= 600 * S,
                        "more than 60 one-day requests: the governor held some for a 10-minute window");
            }
        }
    }

    /** The gateway's own 1-minute TRADES bars of AAPL starting in [from, to), built from the same tape. */
    private static List<HistoricalBar> tapeBars(GatewayConfig config, long from, long to) {
        Instrument aapl = InstrumentUniverse.defaults(LocalDate.of(2025, 6, 2)).all().stream()
                .filter(i -> i.symbol().equals("AAPL")).findFirst().orElseThrow();
        BarAggregator bars = new BarAggregator(new SyntheticTape(config.seed(), config.followHours()), config.followHours());
        return bars.bars(aapl, WhatToShow.TRADES, BarSize.parseOrNull("1 min"), from, to, false);
    }
}
