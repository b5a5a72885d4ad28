package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.reliability.FaultRig.DeliveredBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix for live data: IbStore + IbData against the simulated gateway over loopback on a
 * virtual clock, one fault injected at a seeded random moment. Afterwards the delivered 5-second
 * bars are exactly the tape's for the whole run (no gap, no duplicate: compared bar for bar with a
 * historical download of the same period), the feed is LIVE again, and
 * no client thread outlives the store. Under {@code -Psoak} every fault runs with 20 seeds.
 */
class FaultMatrixTest {

    private static final boolean SOAK = Boolean.getBoolean("bt4j.soak");

    @TempDir
    Path dir;

    static Stream<Arguments> faults() {
        String[] faults = {"connloss 20s maintained", "connloss 20s lost", "farm hmds 15s", "drop", "delay 2s"};
        return Stream.of(faults).flatMap(f -> IntStream.range(0, SOAK ? 20 : 1).mapToObj(seed -> Arguments.of(f, seed)));
    }

    @ParameterizedTest(name = "{0} (seed {1})")
    @MethodSource("faults")
    void barsEqualTheTapeThroughAFault(String fault, int seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        int clientId = 30 + seed;
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", null)) {
            IbStore store = rig.store(clientId, 20);
            IbData data = rig.feed(store, FaultRig.TWTR, IbDataParams.of());
            List<Enum<?>> statuses = new CopyOnWriteArrayList<>();
            data.addStatusListener((d, s) -> statuses.add(s));
            List<List<DeliveredBar>> bars = List.of(new ArrayList<>());
            data.start();
            rig.run(Duration.ofMillis(5_000 + 250L * rnd.nextInt(100)), List.of(data), bars);
            rig.inject(fault);
            rig.run(Duration.ofSeconds(60), List.of(data), bars);
            if (fault.startsWith("delay")) {
                rig.inject("delay 0"); // replies on time again for the tape download
            }
            assertEquals("LIVE", statuses.get(statuses.size() - 1).name(), fault + ": statuses " + statuses);
            data.stop();
            assertContiguousAndTheTapes(rig, bars.get(0), fault, clientId + 100);
            store.stop();
            FaultRig.assertNoThreadsLeft(clientId);
        }
    }

    @Test
    void marketFarmOutageIsBackfilled() throws Exception {
        barsEqualTheTapeThroughAFault("farm market 15s", 0);
    }

    @Test
    void gatewayKilledAndRestartedOnTheSamePortResumesWithTheTapesBars() throws Exception {
        int clientId = 60;
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", dir.resolve("gw.db"))) {
            IbStore store = rig.store(clientId, -1);
            IbData data = rig.feed(store, FaultRig.TWTR, IbDataParams.of());
            List<List<DeliveredBar>> bars = List.of(new ArrayList<>());
            data.start();
            rig.run(Duration.ofSeconds(20), List.of(data), bars);
            int port = rig.port();
            rig.stopGateway();
            rig.pass(Duration.ofSeconds(10)); // time passes while it is down; the store retries meanwhile
            rig.startGateway(port);
            rig.run(Duration.ofSeconds(60), List.of(data), bars);
            data.stop();
            assertContiguousAndTheTapes(rig, bars.get(0), "gateway restart", clientId + 100);
            store.stop();
            FaultRig.assertNoThreadsLeft(clientId);
        }
    }

    @Test
    void aClientIdInUseIsRefusedWithOneLineAndTheHolderKeepsItsData() throws Exception {
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", null)) {
            IbStore holder = rig.store(70, 3);
            IbData data = rig.feed(holder, FaultRig.TWTR, IbDataParams.of());
            List<List<DeliveredBar>> bars = List.of(new ArrayList<>());
            data.start();
            rig.run(Duration.ofSeconds(10), List.of(data), bars);
            IbStore intruder = rig.store(70, 3);
            List<StoreEvent> events = new CopyOnWriteArrayList<>();
            intruder.addListener(events::add);
            assertFalse(intruder.start(), "a second client with id 70 must be refused");
            StoreEvent.GaveUp gaveUp = events.stream().filter(StoreEvent.GaveUp.class::isInstance)
                    .map(StoreEvent.GaveUp.class::cast).findFirst().orElseThrow();
            assertTrue(gaveUp.reason().contains("already in use") && gaveUp.reason().lines().count() == 1,
                    gaveUp.reason());
            rig.run(Duration.ofSeconds(30), List.of(data), bars);
            data.stop();
            assertContiguousAndTheTapes(rig, bars.get(0), "clientId conflict", 170);
        }
    }

    @Test
    void pacingStormOfManyFeedsBackfillingAtOnceEndsWithEveryFeedOnTheTape() throws Exception {
        pacingStorm(4, Duration.ofSeconds(SOAK ? 3600 : 30));
    }

    @Test
    void twoFeedsOfOneInstrumentBothRecoverAfter1101() throws Exception {
        pacingStorm(8, Duration.ofSeconds(30));
    }

    private void pacingStorm(int feeds, Duration live) throws Exception {
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", null)) {
            IbStore store = rig.store(80, 5);
            List<IbData> data = new ArrayList<>();
            List<List<DeliveredBar>> bars = new ArrayList<>();
            String[] symbols = {"AAPL-STK-SMART-USD", "MSFT-STK-SMART-USD", "SPY-STK-SMART-USD", FaultRig.TWTR};
            for (int i = 0; i < feeds; i++) {
                IbData d = rig.feed(store, symbols[i % symbols.length], IbDataParams.of());
                data.add(d);
                bars.add(new ArrayList<>());
                d.start();
            }
            rig.run(live, data, bars);
            rig.inject("connloss 20s lost"); // and all of them backfill again at once
            rig.run(Duration.ofSeconds(60), data, bars);
            for (int i = 0; i < feeds; i++) {
                data.get(i).stop();
            }
            for (int i = 0; i < Math.min(feeds, symbols.length); i++) {
                assertContiguous(bars.get(i), "feed " + i);
                List<DeliveredBar> b = bars.get(i);
                List<DeliveredBar> tape = rig.tape(symbols[i], b.get(0).end(), b.get(b.size() - 1).end(), 180 + i);
                assertSameBars(tape, b.subList(1, b.size()), "feed " + i + " vs the tape");
            }
            for (int i = symbols.length; i < feeds; i++) { // the same instrument twice: the same bars
                assertSameBars(bars.get(i % symbols.length), bars.get(i), "feed " + i + " vs feed " + i % symbols.length);
            }
        }
    }

    /**
     * No duplicate and no disorder: end times strictly increase on the 5 s grid (a 5 s interval with
     * no trade has no bar, as at IB, so gaps are judged by comparing with the tape, not here).
     */
    private static void assertContiguousAndTheTapes(FaultRig rig, List<DeliveredBar> bars, String what, int tapeClient)
            throws InterruptedException {
        assertContiguous(bars, what);
        List<DeliveredBar> tape = rig.tape(FaultRig.TWTR, bars.get(0).end(), bars.get(bars.size() - 1).end(), tapeClient);
        assertSameBars(tape, bars.subList(1, bars.size()), what + ": delivered bars vs the tape");
    }

    /** Equal lists, or a failure naming the first difference (missing, extra or changed bar). */
    static void assertSameBars(List<DeliveredBar> want, List<DeliveredBar> got, String what) {
        int n = Math.min(want.size(), got.size());
        for (int i = 0; i < n; i++) {
            if (!want.get(i).equals(got.get(i))) {
                throw new AssertionError(what + ": first difference at bar " + i + " of " + want.size() + "/" + got.size()
                        + ": want " + want.get(i) + ", got " + got.get(i) + (i + 1 < got.size() ? ", next got "
                        + got.get(i + 1) : "") + (i + 1 < want.size() ? ", next want " + want.get(i + 1) : ""));
            }
        }
        if (want.size() != got.size()) {
            throw new AssertionError(what + ": " + want.size() + " bars wanted, " + got.size() + " got; first "
                    + (want.size() > got.size() ? "missing: " + want.get(n) : "extra: " + got.get(n)));
        }
    }

    private static void assertContiguous(List<DeliveredBar> bars, String what) {
        assertTrue(bars.size() > 20, what + ": only " + bars.size() + " bars");
        for (int i = 1; i < bars.size(); i++) {
            long step = bars.get(i).end() - bars.get(i - 1).end();
            assertTrue(step > 0 && step % (5 * FaultRig.S) == 0, what + ": bar " + i + " is " + step / 1e9
                    + " s after the previous one" + (step == 0 ? " (duplicate)" : ""));
        }
    }
}
