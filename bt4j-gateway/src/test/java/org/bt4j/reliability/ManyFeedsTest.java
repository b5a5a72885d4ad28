package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.bt4j.feed.DataStatus;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.PacingStats;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.reliability.FaultRig.DeliveredBar;
import org.junit.jupiter.api.Test;

/**
 * Fifty live 5-second-bar feeds, each on its own instrument, on one {@link IbStore} against the
 * simulated gateway, through connectivity losses that make every feed re-subscribe and backfill at
 * once (1100 → 1101), so fifty backfills queue behind IB's 60-requests-per-10-minutes limit in the
 * store's pacing governor. Afterwards every feed's bars equal the gateway's tape bar for bar (no gap,
 * no duplicate), every feed is LIVE, TWS never reported a pacing violation or a refused request, the
 * store's threads end with it, and the heap after GC has not grown with the run.
 *
 * <p>Default: 4 simulated minutes with losses after 1 minute and after 200 s, the second while forty
 * backfills of the first still wait for the window (the run goes on until every backfill is
 * answered). Under {@code -Dbt4j.soak=true}: one simulated hour with losses at 1, 5 (again while
 * backfills wait), 30 and 50 minutes.
 */
class ManyFeedsTest {

    private static final boolean SOAK = Boolean.getBoolean("bt4j.soak");
    private static final int FEEDS = 50;
    private static final int CLIENT = 90;
    /** Error codes that must never come back: pacing violation, too many requests, internal errors, refusals. */
    private static final Predicate<Integer> BAD_CODE = c -> c == 162 || c == 420 || c == 100 || c == 321
            || c == 322 || c == 354 || c == 366 || c == 504;
    private static final long MB = 1024 * 1024;

    @Test
    void fiftyFeedsStayOnTheTapeThroughConnectivityLosses() throws Exception {
        long wallStart = System.nanoTime();
        Duration live = Duration.ofSeconds(SOAK ? 3600 : 240);
        List<Long> lossesAt = SOAK ? List.of(60L, 300L, 1800L, 3000L) : List.of(60L, 200L);
        List<String> names = new ArrayList<>();
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", null, ManyFeedsTest::fiftyInstruments)) {
            for (int i = 0; i < FEEDS; i++) {
                names.add(String.format(Locale.ROOT, "SYM%02d-STK-SMART-USD", i));
            }
            IbStore store = rig.store(CLIENT, 5);
            Map<Integer, AtomicInteger> errors = new ConcurrentHashMap<>();
            store.addListener(e -> {
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ErrorMsg err) {
                    errors.computeIfAbsent(err.code(), k -> new AtomicInteger()).incrementAndGet();
                }
            });
            DataStatus[] last = new DataStatus[FEEDS];
            List<IbData> feeds = new ArrayList<>();
            List<List<DeliveredBar>> bars = new ArrayList<>();
            for (int i = 0; i < FEEDS; i++) {
                IbData d = rig.feed(store, names.get(i), IbDataParams.of());
                int k = i;
                d.addStatusListener((f, s) -> last[k] = s);
                feeds.add(d);
                bars.add(new ArrayList<>());
            }
            startOneByOne(rig, feeds, bars);

            long baseHeap = -1;
            long elapsed = 0;
            for (long at : lossesAt) {
                elapsed += run(rig, Duration.ofSeconds(at - elapsed), feeds, bars);
                if (baseHeap < 0) {
                    baseHeap = usedHeapAfterGc();
                }
                rig.inject("connloss 20s lost"); // every feed re-subscribes and backfills at once
            }
            elapsed += run(rig, live.minusSeconds(elapsed), feeds, bars);
            // the backfills the governor queued may still be waiting for the 10-minute window
            long deadline = elapsed + 900;
            while (!allLive(last) && elapsed < deadline) {
                elapsed += run(rig, Duration.ofSeconds(10), feeds, bars);
            }
            elapsed += run(rig, Duration.ofSeconds(30), feeds, bars);
            long endHeap = usedHeapAfterGc();
            PacingStats pacing = store.connection().governor().stats();

            Map<Integer, Integer> seen = new TreeMap<>();
            errors.forEach((c, n) -> seen.put(c, n.get()));
            List<String> notLive = new ArrayList<>();
            for (int i = 0; i < FEEDS; i++) {
                if (last[i] != DataStatus.LIVE) {
                    notLive.add(names.get(i) + " " + last[i]);
                }
                feeds.get(i).stop();
            }
            assertEquals(List.of(), notLive, "feeds not LIVE after " + elapsed + " s; pacing " + pacing.describe()
                    + "; TWS errors " + seen);
            store.stop();
            FaultRig.assertNoThreadsLeft(CLIENT);
            assertTrue(seen.keySet().stream().noneMatch(BAD_CODE), "TWS refused requests: error code counts " + seen);
            assertEquals(0, pacing.violations(), "pacing violations: " + pacing.describe());

            List<List<DeliveredBar>> tapes = tapes(rig, names, bars);
            long delivered = 0;
            for (int i = 0; i < FEEDS; i++) {
                List<DeliveredBar> b = bars.get(i);
                assertTrue(b.size() > elapsed / 5 / 2, names.get(i) + ": only " + b.size() + " bars in " + elapsed + " s");
                FaultMatrixTest.assertSameBars(tapes.get(i), b.subList(1, b.size()), names.get(i) + " vs the tape");
                delivered += b.size();
            }
            assertTrue(endHeap - baseHeap < 64 * MB, "heap grew from " + baseHeap / MB + " MB to " + endHeap / MB + " MB");
            System.out.printf(Locale.ROOT, "ManyFeedsTest: %d feeds, %d simulated s, %d losses, %d bars delivered, "
                            + "wall %.1f s, heap after GC %d MB -> %d MB, pacing: %s, TWS errors %s%n", FEEDS, elapsed,
                    lossesAt.size(), delivered, (System.nanoTime() - wallStart) / 1e9, baseHeap / MB, endHeap / MB,
                    pacing.describe(), seen);
        }
    }

    /** SYM00..SYM49: US stocks priced from 5 to about 740, with volatilities of 10 % to 58 %. */
    private static void fiftyInstruments(GatewayConfig.Builder b) {
        for (int i = 0; i < FEEDS; i++) {
            String sym = String.format(Locale.ROOT, "SYM%02d", i);
            b.instrument(Instrument.builder(sym, SecType.STK).conId(910_000 + i).primaryExchange(i % 2 == 0 ? "NYSE" : "NASDAQ")
                    .price(5.0 + 15.0 * i + (i % 7) * 0.37).volatility(0.10 + 0.01 * i).build());
        }
    }

    /**
     * Starts the feeds one per 250 ms step: each start sends a contract look-up it waits for and
     * history requests, and the store's pacing (50 messages per virtual second) would hold the 51st
     * message, and the look-up behind it, until the clock moves.
     */
    private static void startOneByOne(FaultRig rig, List<IbData> feeds, List<List<DeliveredBar>> bars)
            throws InterruptedException {
        for (int i = 0; i < feeds.size(); i++) {
            feeds.get(i).start();
            run(rig, Duration.ofMillis(250), feeds.subList(0, i + 1), bars);
        }
    }

    /** Runs the rig for {@code d} of virtual time, every feed taking its bars as they close; returns the seconds run. */
    private static long run(FaultRig rig, Duration d, List<IbData> feeds, List<List<DeliveredBar>> bars) {
        rig.run(d, feeds, bars);
        return d.toSeconds();
    }

    private static boolean allLive(DataStatus[] last) {
        for (DataStatus s : last) {
            if (s != DataStatus.LIVE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gateway's own bars of every feed's period, downloaded through one fresh store after the
     * gateway's 10-minute historical window has passed (its pacing counts every client's requests).
     */
    private static List<List<DeliveredBar>> tapes(FaultRig rig, List<String> names, List<List<DeliveredBar>> bars)
            throws InterruptedException {
        rig.pass(Duration.ofSeconds(601));
        IbStore s = rig.store(CLIENT + 100, 0);
        List<IbData> hist = new ArrayList<>();
        List<List<DeliveredBar>> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<DeliveredBar> b = bars.get(i);
            hist.add(rig.feed(s, names.get(i), IbDataParams.of().historical(true).fromdate(b.get(0).end())
                    .todate(b.get(b.size() - 1).end())));
            out.add(new ArrayList<>());
        }
        startOneByOne(rig, hist, out);
        // two or three requests a feed (the start's 2-hour backfill and the run): the 60-per-10-minutes
        // window makes the store's governor queue them for up to half an hour of virtual time
        for (int step = 0; step < 4 * 3600 && !hist.stream().allMatch(IbData::isFinished); step++) {
            run(rig, Duration.ofMillis(250), hist, out);
        }
        for (int i = 0; i < names.size(); i++) {
            assertTrue(hist.get(i).isFinished(), "historical download of " + names.get(i) + " did not finish");
        }
        rig.stop(s);
        return out;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full collection: returns once it is done
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
