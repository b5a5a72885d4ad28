package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.DataStatus;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class IbDataMachineTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000L * S;

    /** A deterministic tape: one trade every 250 ms. */
    static double price(long t) {
        long k = Math.floorDiv(t - T0, 250 * MS);
        return 100 + ((k * 7919) % 101) / 100.0;
    }

    static double size(long t) {
        return 1 + Math.floorMod(Math.floorDiv(t - T0, 250 * MS), 5);
    }

    /** The tape's 5-second bar [start, start + 5 s): {end, o, h, l, c, v}. */
    static double[] tapeBar(long start) {
        double o = price(start), h = o, l = o, c = o, v = 0;
        for (long t = start; t < start + 5 * S; t += 250 * MS) {
            double p = price(t);
            h = Math.max(h, p);
            l = Math.min(l, p);
            c = p;
            v += size(t);
        }
        return new double[] {start + 5 * S, o, h, l, c, v};
    }

    static final class Recorder implements IbDataMachine.Listener, IbDataMachine.Port {
        final List<String> statuses = new ArrayList<>();
        final List<double[]> bars = new ArrayList<>();
        final List<HistoricalRequest> requests = new ArrayList<>();
        final List<Integer> cancels = new ArrayList<>();
        int subscribes;

        @Override public void status(DataStatus s) {
            statuses.add(s.name());
        }

        @Override public void bar(long end, double o, double h, double l, double c, double v, double oi) {
            bars.add(new double[] {end, o, h, l, c, v});
        }

        @Override public int requestHistorical(HistoricalRequest r) {
            requests.add(r);
            return 100 + requests.size();
        }

        @Override public void cancelHistorical(int reqId) {
            cancels.add(reqId);
        }

        @Override public void subscribe() {
            subscribes++;
        }

        @Override public void unsubscribe() {
        }

        int lastReq() {
            return 100 + requests.size();
        }
    }

    private static IbDataMachine machine(Recorder r, IbDataMachine.Config cfg) {
        BarBuckets b = BarBuckets.of(TimeFrame.Seconds, 5, ZoneOffset.UTC, LocalTime.MAX);
        return new IbDataMachine(cfg, b, false, r, r);
    }

    /** Answers the last request from the tape, with bars ending in (end - duration, end]. */
    private static void answer(IbDataMachine m, Recorder r, long now) {
        HistoricalRequest q = r.requests.get(r.requests.size() - 1);
        long dur = Long.parseLong(q.duration().split(" ")[0]) * S;
        for (long start = q.endNanos() - dur; start + 5 * S <= q.endNanos(); start += 5 * S) {
            double[] b = tapeBar(start);
            m.onHistoricalBar(r.lastReq(), (long) b[0], b[1], b[2], b[3], b[4], b[5]);
        }
        m.onHistoricalEnd(r.lastReq(), now);
    }

    private static void stream(IbDataMachine m, long from, long to) {
        for (long t = from; t < to; t += 250 * MS) {
            m.onTick(t, price(t), size(t), t);
            m.tick(t);
        }
    }

    private static void assertTapeBars(List<double[]> bars, long firstEnd, long lastEnd) {
        int n = (int) ((lastEnd - firstEnd) / (5 * S)) + 1;
        assertEquals(n, bars.size(), "bar count");
        for (int i = 0; i < n; i++) {
            double[] want = tapeBar(firstEnd - 5 * S + i * 5 * S);
            double[] got = bars.get(i);
            for (int k = 0; k < want.length; k++) {
                assertEquals(want[k], got[k], 1e-9, "bar " + i + " field " + k);
            }
        }
    }

    @Test
    void startupBackfillWaitsForTheBoundaryThenGoesLive() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withDates(T0, IbDataMachine.Config.NONE));
        long start = T0 + 60 * S + 300 * MS;
        m.start(start);
        assertEquals(List.of("CONNECTED", "DELAYED"), r.statuses);
        assertEquals(1, r.subscribes);
        m.onTick(start, price(start), size(start), start);
        assertEquals(IbDataMachine.State.WAIT_BOUNDARY, m.state());
        assertTrue(r.requests.isEmpty(), "no request before the boundary passed");
        stream(m, start + 250 * MS, T0 + 65 * S + 500 * MS);
        assertEquals(1, r.requests.size());
        HistoricalRequest q = r.requests.get(0);
        assertEquals(T0 + 65 * S, q.endNanos());
        assertEquals("65 S", q.duration());
        answer(m, r, T0 + 65 * S + 500 * MS);
        assertEquals(List.of("CONNECTED", "DELAYED", "LIVE"), r.statuses);
        stream(m, T0 + 65 * S + 500 * MS, T0 + 90 * S + 300 * MS);
        assertTapeBars(r.bars, T0 + 5 * S, T0 + 90 * S);
    }

    @Test
    void connectivityLossIsBackfilledWithNoGapAndNoDuplicate() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withBackfill(false, true));
        m.start(T0);
        stream(m, T0 + 3 * S, T0 + 32 * S + 100 * MS);
        assertEquals(List.of("CONNECTED", "LIVE"), r.statuses);
        m.onConnectionLost(false);
        long back = T0 + 52 * S + 100 * MS;
        m.tick(back);
        m.onConnectionRestored(false, back);
        stream(m, back, T0 + 58 * S);
        assertEquals(1, r.requests.size());
        assertEquals(T0 + 55 * S, r.requests.get(0).endNanos());
        assertEquals("25 S", r.requests.get(0).duration());
        answer(m, r, T0 + 58 * S);
        stream(m, T0 + 58 * S, T0 + 80 * S + 300 * MS);
        assertEquals(List.of("CONNECTED", "LIVE", "CONNBROKEN", "CONNECTED", "DELAYED", "LIVE"), r.statuses);
        // the first live bar (T0, T0+5] was partial from 3 s on; everything after equals the tape
        assertEquals(T0 + 5 * S, (long) r.bars.get(0)[0]);
        assertTapeBars(r.bars.subList(1, r.bars.size()), T0 + 10 * S, T0 + 80 * S);
    }

    @Test
    void aSecondLossWhileTheBackfillWaitsForPacingIsBackfilledToo() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withBackfill(false, true));
        m.start(T0);
        stream(m, T0 + 3 * S, T0 + 32 * S + 100 * MS);
        m.onConnectionLost(false);
        m.onConnectionRestored(false, T0 + 52 * S + 100 * MS);
        stream(m, T0 + 52 * S + 100 * MS, T0 + 70 * S);
        assertEquals(1, r.requests.size(), "the first outage's backfill is queued, not answered");
        m.onConnectionLost(false); // live samples from 52 s on wait for that backfill
        assertEquals(List.of(r.lastReq()), r.cancels, "the queued backfill is given up at the break");
        long back = T0 + 90 * S + 100 * MS;
        m.tick(back);
        m.onConnectionRestored(false, back);
        stream(m, back, T0 + 96 * S);
        assertEquals(2, r.requests.size());
        assertEquals(T0 + 95 * S, r.requests.get(1).endNanos(), "the backfill reaches past the second outage");
        assertEquals("65 S", r.requests.get(1).duration(), "from the last delivered bar (30 s)");
        answer(m, r, T0 + 96 * S);
        stream(m, T0 + 96 * S, T0 + 120 * S + 300 * MS);
        assertEquals(List.of("CONNECTED", "LIVE", "CONNBROKEN", "CONNECTED", "DELAYED", "CONNBROKEN", "CONNECTED",
                "DELAYED", "LIVE"), r.statuses);
        assertTapeBars(r.bars.subList(1, r.bars.size()), T0 + 10 * S, T0 + 120 * S);
    }

    @Test
    void droppedSocketResubscribesAndTimesOutASilentRequest() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withBackfill(false, true)
                .withRetry(2 * S, 10 * S, 3));
        m.start(T0);
        stream(m, T0, T0 + 20 * S + 300 * MS);
        m.onConnectionLost(true);
        m.onConnectionRestored(true, T0 + 41 * S);
        assertEquals(2, r.subscribes);
        stream(m, T0 + 41 * S, T0 + 46 * S);
        assertEquals(1, r.requests.size());
        m.onHistoricalSent(101, T0 + 46 * S);
        stream(m, T0 + 46 * S, T0 + 58 * S);
        assertEquals(List.of(101), r.cancels, "silent request cancelled after its timeout");
        stream(m, T0 + 58 * S, T0 + 59 * S);
        assertEquals(2, r.requests.size(), "retried after the back-off");
        answer(m, r, T0 + 59 * S);
        stream(m, T0 + 59 * S, T0 + 70 * S + 300 * MS);
        assertTapeBars(r.bars, T0 + 5 * S, T0 + 70 * S);
    }

    @Test
    void pacingErrorIsRetriedNotFatal() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5));
        m.start(T0 + 30 * S);
        stream(m, T0 + 30 * S, T0 + 31 * S);
        assertEquals(1, r.requests.size());
        m.onHistoricalError(101, 162, T0 + 31 * S);
        assertEquals(IbDataMachine.State.BACKFILL, m.state());
        stream(m, T0 + 31 * S, T0 + 33 * S + 100 * MS);
        assertEquals(2, r.requests.size());
        answer(m, r, T0 + 34 * S);
        assertEquals(List.of("CONNECTED", "DELAYED", "LIVE"), r.statuses);
        assertEquals(T0 + 30 * S, m.lastDelivered());
    }

    @Test
    void historicalModeChunksForwardAndEndsDisconnected() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withHistorical(true)
                .withDates(T0, T0 + 10_000 * S));
        m.start(T0 + 20_000 * S);
        assertEquals(List.of("CONNECTED", "DELAYED"), r.statuses);
        assertEquals("3600 S", r.requests.get(0).duration(), "IB's step table: at most 3600 S of 5 secs");
        assertEquals(T0 + 3600 * S, r.requests.get(0).endNanos());
        answer(m, r, T0);
        assertEquals("3600 S", r.requests.get(1).duration());
        assertEquals(T0 + 7200 * S, r.requests.get(1).endNanos());
        answer(m, r, T0);
        assertEquals("2800 S", r.requests.get(2).duration());
        answer(m, r, T0);
        assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), r.statuses);
        assertTapeBars(r.bars, T0 + 5 * S, T0 + 10_000 * S);
        assertTrue(m.isOver());
    }

    @Test
    void noPermissionEndsNotSubscribed() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5));
        m.start(T0);
        m.onNotSubscribed();
        assertEquals(List.of("CONNECTED", "DELAYED", "NOTSUBSCRIBED"), r.statuses);
        assertTrue(m.isOver());
    }

    @Test
    void ticksFeedBackfillsWithSecondBarsAndGoesLive() {
        Recorder r = new Recorder();
        IbDataMachine m = new IbDataMachine(IbDataMachine.Config.live(IbBarSize.SECS_1), null, false, r, r);
        m.start(T0 + 10 * S);
        long t = T0 + 10 * S + 400 * MS;
        m.onTick(t, price(t), 1, t);
        m.tick(T0 + 11 * S + 300 * MS);
        assertEquals(T0 + 11 * S, r.requests.get(0).endNanos());
        m.onHistoricalBar(101, T0 + 11 * S, 1, 2, 0.5, 1.5, 10);
        m.onHistoricalEnd(101, T0 + 11 * S + 300 * MS);
        long t2 = T0 + 11 * S + 500 * MS;
        m.onTick(t2, 7.0, 3, t2);
        assertEquals(List.of("CONNECTED", "DELAYED", "LIVE"), r.statuses);
        assertEquals(2, r.bars.size(), "history bar, then the live tick (the stashed one is covered)");
        assertEquals(t2, (long) r.bars.get(1)[0]);
        assertEquals(7.0, r.bars.get(1)[4]);
    }

    @Test
    void aRequestHeldByPacingIsTimedFromWhenItLeaves() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withHistorical(true)
                .withDates(T0, T0 + 20_000 * S).withRetry(2 * S, 60 * S, 3));
        m.start(T0 + 30_000 * S);
        assertEquals(101, m.activeRequest());
        long t = T0 + 30_000 * S;
        for (long k = 1; k <= 600; k++) { // ten minutes in IB's pacing queue
            m.tick(t + k * S);
        }
        assertEquals(List.of(), r.cancels, "a queued request is not cancelled");
        assertEquals(101, m.activeRequest());
        m.onHistoricalSent(101, t + 600 * S);
        m.tick(t + 660 * S);
        assertEquals(List.of(), r.cancels, "60 s after it left: not yet silent");
        m.onHistoricalSent(999, t + 660 * S); // another request's news changes nothing
        m.tick(t + 660 * S + 1);
        assertEquals(List.of(101), r.cancels, "silent 60 s after it left: cancelled");
        assertEquals(-1, m.activeRequest());
        m.tick(t + 663 * S);
        assertEquals(102, m.activeRequest(), "asked again after the back-off");
        assertEquals(2, r.requests.size());

        m.onHistoricalSent(102, t + 663 * S);
        m.onHistoricalQueued(102); // a pacing violation put it back in the queue
        m.tick(t + 800 * S);
        assertEquals(List.of(101), r.cancels, "back in the queue: not timed");
        m.onHistoricalSent(102, t + 800 * S);
        answer(m, r, t + 801 * S);
        assertEquals(103, m.activeRequest(), "answered: the next chunk is asked for");
        assertEquals(List.of(101), r.cancels);
    }

    @Test
    void stoppingWithARequestStillQueuedCancelsIt() {
        Recorder r = new Recorder();
        IbDataMachine m = machine(r, IbDataMachine.Config.live(IbBarSize.SECS_5).withHistorical(true)
                .withDates(T0, T0 + 20_000 * S));
        m.start(T0 + 30_000 * S);
        m.tick(T0 + 30_100 * S);
        m.onGivenUp();
        assertEquals(List.of(101), r.cancels, "the port drops the queued request (the client then never sends it)");
        assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), r.statuses);
        assertTrue(m.isOver());
    }
}
