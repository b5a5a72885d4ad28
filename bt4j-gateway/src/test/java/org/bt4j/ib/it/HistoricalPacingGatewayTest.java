package org.bt4j.ib.it;

import static org.bt4j.ib.it.SimGateway.AAPL;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.client.pacing.PacingStats;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.SystemClock;
import org.bt4j.time.VirtualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * 200 historical requests fired at once: the client's pacing governor holds them back so the
 * gateway, enforcing IB's real rules (60 per 10 minutes, no identical request within 15 s, at most
 * five per contract within 2 s), answers every one with no pacing violation. The fast variant runs
 * both on one virtual clock, which moves to each moment a queued request may go out once every answer is in; the real-time
 * variant (about 30 minutes of wall time) runs with {@code -Pslow} or {@code -Dbt4j.slow=true}.
 */
class HistoricalPacingGatewayTest {

    static final int REQUESTS = 200;
    static final long S = 1_000_000_000L;
    static final DateTimeFormatter END = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss", Locale.ROOT);

    /** 200 distinct requests for one contract: 30 one-minute bars ending a minute apart. */
    static void fire(SimGateway.Client c, Set<Integer> ids) {
        LocalDateTime end = LocalDateTime.of(2024, 1, 4, 10, 0);
        for (int i = 0; i < REQUESTS; i++) {
            int id = c.ib.nextRequestId();
            ids.add(id);
            c.ib.send(new ClientMessage.ReqHistoricalData(id, AAPL, false, END.format(end.plusMinutes(i)) + " US/Eastern",
                    "1 min", "1800 S", true, "TRADES", 1, false));
        }
    }

    /** Answers (bars or errors) received so far for {@code ids}; fails on any error. */
    static int answered(SimGateway.Client c, Set<Integer> ids) {
        int errors = c.in.count(ServerMessage.ErrorMsg.class, e -> ids.contains(e.reqId()));
        assertEquals(0, errors, () -> "errors: " + c.in.all.stream().filter(ServerMessage.ErrorMsg.class::isInstance).toList());
        return c.in.count(ServerMessage.HistoricalData.class, h -> ids.contains(h.reqId()) && h.bars().size() == 30);
    }

    @Test
    void twoHundredRequestsAtOnceAreAllAnsweredWithoutAViolationOnSimulatedTime() throws Exception {
        VirtualClock clock = virtualClock();
        try (SimGateway sim = new SimGateway(clock, GatewayConfig.builder()); SimGateway.Client c = sim.connect(31)) {
            Set<Integer> ids = new HashSet<>();
            long virtualStart = clock.nanos();
            long realStart = System.nanoTime();
            fire(c, ids);
            int moves = 0;
            while (answered(c, ids) < REQUESTS) {
                assertTrue(System.nanoTime() - realStart < 60 * S, "stuck after " + answered(c, ids) + " answers; next "
                        + (c.ib.nextSendNanos() - clock.nanos()) + " ns from now, queued " + c.ib.queuedRequests() + ", "
                        + c.ib.pacingStats().describe() + "; " + clock.describe());
                long before = clock.nanos();
                long next = c.ib.nextSendNanos();
                // the clock moves to the next pacing turn once every answer sent for is in
                clock.sleepUntil(next == Long.MAX_VALUE ? before : Math.max(before, next));
                moves += clock.nanos() != before ? 1 : 0;
            }
            PacingStats st = c.ib.pacingStats();
            long virtual = clock.nanos() - virtualStart;
            System.out.printf(Locale.ROOT, "pacing, virtual time: %d answers in %.1f s of market time (%.2f s real, %d "
                    + "clock moves); governor: %s%n", REQUESTS, virtual / 1e9, (System.nanoTime() - realStart) / 1e9, moves,
                    st.describe());
            assertEquals(0, st.violations(), "the gateway never refused a request");
            assertEquals(REQUESTS, st.messages());
            assertTrue(st.maxWaitNanos() >= 1800 * S, "request 181 waits three 10-minute windows: " + st.describe());
            assertTrue(virtual < 1900 * S, "no needless waiting: " + virtual / 1e9 + " s");
        }
    }

    @Test
    void withoutTheGovernorTheGatewayRefusesTheBurstAndTheClientRetries() throws Exception {
        // only the hold after a violation (one identical-request gap, 15 s) is left of IB's rules
        PacingRules lifted = new PacingRules(1000, 100_000, 600 * S, 15 * S, 100_000, 2 * S, 0);
        VirtualClock clock = virtualClock();
        try (SimGateway sim = new SimGateway(clock, GatewayConfig.builder());
             SimGateway.Client c = new SimGateway.Client(sim.config(32).withPacing(lifted))) {
            Set<Integer> ids = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                int id = c.ib.nextRequestId();
                ids.add(id);
                c.ib.send(new ClientMessage.ReqHistoricalData(id, AAPL, false, "20240104 10:0" + i + ":00 US/Eastern",
                        "1 min", "1800 S", true, "TRADES", 1, false));
            }
            clock.sleepUntil(clock.nanos()); // this thread's turn: every answer and refusal sent so far is in
            assertEquals(3, c.ib.pacingStats().violations(), "the 6th to 8th requests within 2 s are refused (162)");
            c.sync();
            assertEquals(5, answered(c, ids), "five answered; the refused ones are held for 15 s, not reported");
            assertEquals(3, c.ib.queuedRequests());
            clock.sleepUntil(clock.nanos() + 16 * S); // past the hold, with the retries' answers in
            assertEquals(8, answered(c, ids), "retried after the hold and answered");
        }
    }

    /** A virtual clock at {@link SimGateway#START} that this thread takes part in (it stands still until the thread waits on it). */
    private static VirtualClock virtualClock() {
        VirtualClock clock = new VirtualClock(SimulatedClock.at(SimGateway.START).nanos());
        clock.join();
        return clock;
    }

    @Test
    @EnabledIfSystemProperty(named = "bt4j.slow", matches = "true")
    void twoHundredRequestsAtOnceOnTheWallClock() throws Exception {
        try (SimGateway sim = new SimGateway();
             SimGateway.Client c = new SimGateway.Client(IbClientConfig.of("127.0.0.1", sim.gw.port(), 33)
                     .withClock(new SystemClock()))) {
            Set<Integer> ids = new HashSet<>();
            long realStart = System.nanoTime();
            fire(c, ids);
            Await.until(() -> answered(c, ids) >= REQUESTS, 40 * 60, "all answered");
            PacingStats st = c.ib.pacingStats();
            System.out.printf(Locale.ROOT, "pacing, wall clock: %d answers in %.1f s; governor: %s%n", REQUESTS,
                    (System.nanoTime() - realStart) / 1e9, st.describe());
            assertEquals(0, st.violations());
        }
    }
}
