package org.bt4j.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.clock.ManualClock;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.it.LoopPump;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.time.TimeFrame;

/**
 * The fault-matrix rig: an in-process gateway on a virtual clock (optionally with a state file, so
 * it can be killed and started again on the same port), stores connected to it over loopback,
 * 5-second-bar feeds, and the checks every scenario ends with: delivered bars are the tape's (no
 * gap, no duplicate) and no client thread outlives its store. Test thread only.
 */
final class FaultRig implements AutoCloseable {

    static final long S = 1_000_000_000L;
    static final String TWTR = "TWTR-STK-SMART-USD";

    /** One delivered bar: its end time and OHLCV. */
    record DeliveredBar(long end, double open, double high, double low, double close, double volume) {
    }

    final ManualClock clock;
    final Path state;
    private final Consumer<GatewayConfig.Builder> configure;
    private final List<IbStore> stores = new ArrayList<>();
    private final java.util.Map<IbStore, java.util.concurrent.atomic.AtomicLong> replies = new java.util.HashMap<>();
    Gateway gw;
    private boolean repliesDelayed;
    private int port;

    FaultRig(String startUtc, Path state) {
        this(startUtc, state, b -> { });
    }

    /** A rig whose gateway configuration is the default one plus {@code configure} (e.g. more instruments). */
    FaultRig(String startUtc, Path state, Consumer<GatewayConfig.Builder> configure) {
        this.clock = ManualClock.at(startUtc);
        this.state = state;
        this.configure = configure;
        startGateway(0);
    }

    /** Starts the gateway (again) on {@code port} (0 = any free port the first time). */
    void startGateway(int onPort) {
        GatewayConfig.Builder b = GatewayConfig.builder().port(onPort).adminPort(-1).clock(clock).seed(7).followHours(false)
                .statePath(state);
        configure.accept(b);
        gw = Gateway.start(b.build());
        port = gw.port();
    }

    /** Kills the gateway as a process exit would (sockets closed, state as persisted so far). */
    void stopGateway() {
        gw.close();
    }

    int port() {
        return port;
    }

    /**
     * A store with {@code clientId}, retrying {@code reconnect} times 0.2 s apart, whose pacing runs
     * on the rig's virtual clock.
     */
    IbStore store(int clientId, int reconnect) {
        IbStore s = new IbStore(new IbStoreParams("127.0.0.1", port, clientId, false, false, reconnect, 0.2, false, 60.0,
                true), clock);
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        s.addListener(e -> {
            if (e instanceof org.bt4j.ib.client.StoreEvent.Message m
                    && m.message() instanceof org.bt4j.ib.wire.ServerMessage.CurrentTime) {
                count.incrementAndGet();
            }
        });
        stores.add(s);
        replies.put(s, count);
        return s;
    }

    /**
     * A round trip (reqCurrentTime → currentTime) on every connected store: everything the gateway
     * wrote before it (ticks of the time step just simulated) has then reached the store, so a feed
     * never closes a bar on the clock while that bar's last trades are still on the wire.
     */
    private void roundTrips() throws InterruptedException {
        if (repliesDelayed) {
            return; // every answer waits for virtual time: a round trip cannot complete within the step
        }
        for (IbStore s : stores) {
            java.util.concurrent.atomic.AtomicLong count = replies.get(s);
            long before = count.get();
            if (!s.connection().send(new org.bt4j.ib.wire.ClientMessage.ReqCurrentTime())) {
                continue;
            }
            long deadline = System.nanoTime() + S;
            while (count.get() == before && System.nanoTime() < deadline) {
                LoopPump.await(s.loop(), 1_000_000L); // the store's loop takes the answer
            }
        }
    }

    IbData feed(IbStore store, String name, IbDataParams p) {
        return new IbData(store, name, p.timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
    }

    void inject(String fault) {
        gw.inject(FaultSpec.parseNow(fault));
        repliesDelayed = fault.startsWith("delay") && !fault.equals("delay 0");
    }

    /** Moves virtual time in 250 ms steps; every feed takes what arrived after each step. */
    void run(Duration d, List<IbData> feeds, List<List<DeliveredBar>> into) throws InterruptedException {
        run(d, feeds, into, () -> { });
    }

    /** {@link #run(Duration, List, List)}, then {@code afterEachStep} (e.g. a broker's {@code next()}) after every step. */
    void run(Duration d, List<IbData> feeds, List<List<DeliveredBar>> into, Runnable afterEachStep)
            throws InterruptedException {
        for (long i = 0, n = d.toMillis() / 250; i < n; i++) {
            gw.advance(Duration.ofMillis(250));
            roundTrips();
            for (int f = 0; f < feeds.size(); f++) {
                pump(feeds.get(f), into.get(f));
            }
            afterEachStep.run();
        }
    }

    static void pump(IbData data, List<DeliveredBar> bars) throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            LoopPump.await(data.store().loop(), 5_000_000L);
            data.check(0);
            while (data.next()) {
                bars.add(new DeliveredBar(data.datetime(0), data.open().get(0), data.high().get(0), data.low().get(0),
                        data.close().get(0), data.volume().get(0)));
            }
        }
    }

    /** The gateway's own 5-second bars of {@code name} ending in (from, to], downloaded by a fresh client. */
    List<DeliveredBar> tape(String name, long from, long to, int clientId) throws InterruptedException {
        IbStore s = store(clientId, 0);
        IbData hist = feed(s, name, IbDataParams.of().historical(true).fromdate(from).todate(to));
        List<DeliveredBar> out = new ArrayList<>();
        hist.start();
        for (int i = 0; i < 40 && !hist.isFinished(); i++) {
            gw.advance(Duration.ofMillis(250));
            pump(hist, out);
        }
        if (!hist.isFinished()) {
            throw new AssertionError("historical download of the tape did not finish");
        }
        s.stop();
        return out;
    }

    /** @return live threads of API client {@code clientId} (reader, writer, supervisor) */
    static List<String> clientThreads(int clientId) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("ib-client-" + clientId + "-") || n.equals("ib-supervisor-" + clientId))
                .toList();
    }

    /** Waits up to 5 s for every thread of {@code clientId} to end. */
    static void assertNoThreadsLeft(int clientId) throws InterruptedException {
        long deadline = System.nanoTime() + 5 * S;
        while (!clientThreads(clientId).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("threads of client " + clientId + " leaked: " + clientThreads(clientId));
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        for (IbStore s : stores) {
            s.stop();
        }
        gw.close();
    }

    /**
     * Takes what each feed already holds, without waiting: for many feeds after a step of
     * {@link #run} with no feeds of its own (its round trip has put every earlier message in the
     * feeds' queues), where {@link #pump}'s short waits would cost a second a step.
     */
    static void pumpNow(List<IbData> feeds, List<List<DeliveredBar>> into) {
        for (int f = 0; f < feeds.size(); f++) {
            IbData data = feeds.get(f);
            data.check(0);
            while (data.next()) {
                into.get(f).add(new DeliveredBar(data.datetime(0), data.open().get(0), data.high().get(0),
                        data.low().get(0), data.close().get(0), data.volume().get(0)));
            }
        }
    }

    /**
     * One round trip per connected store without moving the clock: requests the feeds sent at this
     * virtual time (backfills) reach the gateway before the next step, so the gateway's pacing
     * counts them at the time the store's governor did.
     */
    void syncStores() throws InterruptedException {
        roundTrips();
    }
}
