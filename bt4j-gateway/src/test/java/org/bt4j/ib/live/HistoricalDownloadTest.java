package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.clock.ManualClock;
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
import org.bt4j.ib.it.LoopPump;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * Historical mode: a year of 1-minute bars in one-day chunks through the client's pacing governor,
 * against a gateway that enforces IB's pacing rules — no violation, no gap, no repeat, every bar the
 * gateway's own. Gateway and store share one virtual clock: whenever the next chunk request waits
 * for its pacing turn (and a round trip shows nothing is still on the wire), the clock jumps to the
 * moment it may go out, so IB's hour of pacing passes in seconds. When nothing is queued, every
 * answer is in and nothing moved since the last round trip, the feed is waiting for a retry on the
 * same clock, which then moves one second. The feed times a request from when it leaves the pacing
 * queue, so a request held there for up to ten minutes is never cancelled and sent again: every
 * request is sent once and answered once, and no cancel meets an answered request (error 366).
 * {@code -Dbt4j.histdays=N} changes the span. Test thread only.
 */
class HistoricalDownloadTest {

    private static final long S = 1_000_000_000L;

    @Test
    void weeksOfMinuteBarsWithoutPacingViolation() throws Exception {
        int days = Integer.getInteger("bt4j.histdays", 365);
        ManualClock clock = ManualClock.at("2025-06-02T14:00:00Z");
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
            AtomicLong times = new AtomicLong();
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
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.CurrentTime) {
                    times.incrementAndGet();
                }
            });
            IbData data = new IbData(store, "AAPL-STK-SMART-USD", IbDataParams.of().historical(true)
                    .timeframe(TimeFrame.Minutes, 1).fromdate(from).todate(now));
            List<String> statuses = new ArrayList<>();
            data.addStatusListener((d, s) -> statuses.add(s.name()));
            long wallStart = System.nanoTime();
            data.start();
            int n = 0;
            int jumps = 0;
            int steps = 0;
            int idle = 0;
            long lastProgress = -1;
            long deadline = wallStart + 120 * S;
            while (!data.isFinished()) {
                if (System.nanoTime() > deadline) {
                    IbClient c = store.connection().client();
                    throw new AssertionError("stuck after " + n + " bars, " + (clock.nanos() - now) / 1e9
                            + " s virtual; queued " + (c == null ? -1 : c.queuedRequests()) + ", next send in "
                            + (c == null ? 0 : c.nextSendNanos() - clock.nanos()) + " ns; "
                            + store.connection().governor().stats().describe() + "; statuses " + statuses + "; errors " + errors);
                }
                LoopPump.await(data.store().loop(), 1_000_000L);
                while (data.next()) {
                    assertTrue(n < tape.size(), "more bars than the gateway's tape holds: " + n);
                    HistoricalBar want = tape.get(n);
                    int k = n;
                    assertEquals(want.start() + 60 * S, data.datetime(0), () -> "bar " + k + " time (its end)");
                    assertEquals(want.open(), data.open().get(0), () -> "bar " + k + " open");
                    assertEquals(want.high(), data.high().get(0), () -> "bar " + k + " high");
                    assertEquals(want.low(), data.low().get(0), () -> "bar " + k + " low");
                    assertEquals(want.close(), data.close().get(0), () -> "bar " + k + " close");
                    assertEquals(want.volume(), data.volume().get(0), () -> "bar " + k + " volume");
                    n++;
                }
                IbClient client = store.connection().client();
                long next = client == null ? Long.MAX_VALUE : client.nextSendNanos();
                if (client != null && client.queuedRequests() > 0 && next != Long.MAX_VALUE && next > clock.nanos()
                        && roundTrip(store, times)) {
                    gw.advance(Duration.ofNanos(next - clock.nanos()));
                    jumps++;
                    idle = 0;
                } else if (client != null && client.queuedRequests() == 0 && ++idle >= 10 && roundTrip(store, times)) {
                    idle = 0;
                    long progress = n + answers.get();
                    if (progress == lastProgress) {
                        // nothing queued, every answer in and handled since the last round trip: the feed waits
                        // for a retry on virtual time
                        gw.advance(Duration.ofSeconds(1));
                        steps++;
                    }
                    lastProgress = progress;
                }
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            PacingStats st = store.connection().governor().stats();
            System.out.printf(Locale.ROOT, "historical download, simulated time: %d days, %d bars in %.1f s wall, "
                    + "%.1f s virtual (%d clock jumps to a pacing turn, %d one-second steps); %d history answers; governor: "
                    + "%s, virtual waiting %.1f s; other errors: %s%n", days, n, wall, (clock.nanos() - now) / 1e9, jumps,
                    steps, answers.get(), st.describe(), st.totalWaitNanos() / 1e9,
                    errors.stream().filter(x -> x.contains("errorCode=3")).toList());
            assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), statuses);
            assertEquals(0, violations.get(), "no pacing violation (error 162)");
            assertEquals(0, st.violations(), "the governor saw no violation");
            assertEquals(0, noSuchQuery.get(), "no cancel of an answered request (error 366): a request held by pacing "
                    + "is timed from when it leaves, so it is never cancelled and sent again");
            assertEquals(answers.get(), st.historical(), "every history request sent was answered once: none re-sent");
            assertEquals(days, st.historical(), "one request per one-day chunk, each sent once");
            assertEquals(days * 1440, tape.size(), "the simulated market never closes");
            assertEquals(tape.size(), n, "every bar of the tape, once");
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

    /**
     * A reqCurrentTime round trip: everything the gateway wrote before it has then reached the
     * store, so the clock never moves while an answer is still on the wire.
     */
    private static boolean roundTrip(IbStore store, AtomicLong times) throws InterruptedException {
        long before = times.get();
        if (!store.connection().send(new ClientMessage.ReqCurrentTime())) {
            return false;
        }
        long deadline = System.nanoTime() + 5 * S;
        while (times.get() == before && System.nanoTime() < deadline) {
            LoopPump.await(store.loop(), 1_000_000L); // the store's loop takes the answer
        }
        return times.get() != before;
    }
}
