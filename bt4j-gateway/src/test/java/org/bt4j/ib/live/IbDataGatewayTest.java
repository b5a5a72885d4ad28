package org.bt4j.ib.live;

import static org.bt4j.ib.live.LiveHarness.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.pacing.PacedRequest;
import org.bt4j.ib.client.pacing.PacingGovernor;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** IbData against the simulated gateway over loopback, on a shared virtual clock. */
class IbDataGatewayTest {

    @Test
    void startupSequenceIsConnectedDelayedLiveAndBarsAreTheTapes() throws Exception {
        try (LiveHarness h = new LiveHarness("2024-01-05T15:00:00Z", 11)) {
            List<Enum<?>> statuses = new ArrayList<>();
            List<double[]> bars = new ArrayList<>();
            IbData data = h.feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5, IbDataParams.of());
            data.addStatusListener((d, s) -> statuses.add(s));
            data.start();
            h.run(data, Duration.ofSeconds(30), bars);
            assertEquals(List.of("CONNECTED", "DELAYED", "LIVE"), LiveHarness.names(statuses));
            assertTrue(bars.size() > 100, "backfill plus live bars, got " + bars.size());
            data.stop();
            // the tape's bars after the first delivered one (asking from the first bar's start would repeat the
            // start-up request exactly, which the pacing governor rightly holds back for 15 s)
            assertSameBars(tapeBars(h, (long) bars.get(0)[0], (long) bars.get(bars.size() - 1)[0]),
                    bars.subList(1, bars.size()));
        }
    }

    @Test
    void twentySecondConnectivityLossIsBackfilledWithNoGapAndNoRepeat() throws Exception {
        outage("connloss:20s", 12, List.of("CONNECTED", "DELAYED", "LIVE", "CONNBROKEN", "CONNECTED", "DELAYED", "LIVE"));
    }

    @Test
    void connectivityLossWithDataLostResubscribes() throws Exception {
        outage("connloss:20s:lost", 13, List.of("CONNECTED", "DELAYED", "LIVE", "CONNBROKEN", "CONNECTED", "DELAYED",
                "LIVE"));
    }

    @Test
    void droppedSocketReconnectsAndBackfills() throws Exception {
        outage("drop:14", 14, List.of("CONNECTED", "DELAYED", "LIVE", "CONNBROKEN", "CONNECTED", "DELAYED", "LIVE"));
    }

    private static void outage(String fault, int clientId, List<String> expected) throws Exception {
        try (LiveHarness h = new LiveHarness("2024-01-05T15:00:00Z", clientId)) {
            List<Enum<?>> statuses = new ArrayList<>();
            List<double[]> bars = new ArrayList<>();
            IbData data = h.feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5,
                    IbDataParams.of().fromdate(1_704_466_800L * S - 60 * S));
            data.addStatusListener((d, st) -> statuses.add(st));
            data.start();
            h.run(data, Duration.ofSeconds(20), bars);
            h.gw.inject(org.bt4j.gateway.fault.FaultSpec.parseNow(fault));
            h.run(data, Duration.ofSeconds(45), bars);
            assertEquals(expected, LiveHarness.names(statuses));
            data.stop();
            long first = (long) bars.get(0)[0];
            long last = (long) bars.get(bars.size() - 1)[0];
            assertTrue(last - first >= 100 * S, "about a minute of backfill and a minute of live bars");
            assertSameBars(tapeBars(h, first, last), bars.subList(1, bars.size()));
        }
    }

    @Test
    void aHistoryRequestStillQueuedForPacingWhenTheFeedStopsLeavesTheQueue() throws Exception {
        try (LiveHarness h = new LiveHarness("2024-01-05T15:00:00Z", 15)) {
            assertTrue(h.store.start());
            PacingGovernor governor = h.store.connection().governor();
            long now = h.clock.nanos() - 2 * S; // on the store's clock, just outside the per-second message window
            for (int i = 0; i < PacingRules.IB.historicalPerWindow(); i++) { // ten minutes' budget spent just now
                governor.record(PacedRequest.historical(1, "earlier " + i, "earlier"), now, 0);
            }
            List<Enum<?>> statuses = new ArrayList<>();
            long to = h.clock.nanos();
            IbData data = h.feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5,
                    IbDataParams.of().historical(true).fromdate(to - 3600 * S).todate(to));
            data.addStatusListener((d, st) -> statuses.add(st));
            data.start();
            IbClient client = h.store.connection().client();
            assertEquals(1, client.queuedRequests(), "the feed's first request waits for the next window");
            data.stop();
            assertEquals(0, client.queuedRequests(), "stopping the feed takes its request out of the queue");
            assertEquals(PacingRules.IB.historicalPerWindow(), governor.stats().historical(), "nothing was sent");
            assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), LiveHarness.names(statuses));
        }
    }

    /** The gateway's own 5-second bars ending in (from, to], downloaded in historical mode. */
    static List<double[]> tapeBars(LiveHarness h, long from, long to) throws InterruptedException {
        IbData hist = h.feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5,
                IbDataParams.of().historical(true).fromdate(from).todate(to));
        List<double[]> out = new ArrayList<>();
        hist.start();
        h.run(hist, Duration.ofSeconds(2), out);
        assertTrue(hist.isFinished(), "historical download ended");
        return out;
    }

    static void assertSameBars(List<double[]> want, List<double[]> got) {
        org.junit.jupiter.api.Assertions.assertEquals(want.size(), got.size(), "bar count");
        for (int i = 0; i < want.size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(want.get(i), got.get(i), 1e-9, "bar " + i);
        }
    }
}
