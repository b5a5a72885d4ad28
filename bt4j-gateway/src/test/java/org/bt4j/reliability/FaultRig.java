package org.bt4j.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.it.Await;
import org.bt4j.ib.it.VirtualRun;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.VirtualClock;

/**
 * The fault-matrix rig: an in-process gateway on a {@link VirtualClock} (optionally with a state
 * file, so it can be killed and started again on the same port), stores connected to it over
 * loopback on the same clock and driven from the test thread by a {@link VirtualRun}, 5-second-bar
 * feeds, and the checks every scenario ends with: delivered bars are the tape's (no gap, no
 * duplicate) and no client thread outlives its store. Virtual time passes only while the test runs
 * the rig, and only once everything sent has been taken, so a run is the same on every machine.
 * Test thread only.
 */
final class FaultRig implements AutoCloseable {

    static final long S = 1_000_000_000L;
    static final String TWTR = "TWTR-STK-SMART-USD";

    /** One delivered bar: its end time and OHLCV. */
    record DeliveredBar(long end, double open, double high, double low, double close, double volume) {
    }

    final VirtualClock clock;
    final Path state;
    private final Consumer<GatewayConfig.Builder> configure;
    private final VirtualRun driver;
    private final List<IbStore> stores = new ArrayList<>();
    Gateway gw;
    private int port;

    FaultRig(String startUtc, Path state) {
        this(startUtc, state, b -> { });
    }

    /** A rig whose gateway configuration is the default one plus {@code configure} (e.g. more instruments). */
    FaultRig(String startUtc, Path state, Consumer<GatewayConfig.Builder> configure) {
        this.clock = new VirtualClock(SimulatedClock.at(startUtc).nanos());
        clock.join(); // the test thread takes part: the clock stands still until the test runs the rig
        this.driver = new VirtualRun(clock);
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
     * A store with {@code clientId}, retrying {@code reconnect} times 0.2 s apart, on the rig's
     * virtual clock and driven by the rig.
     */
    IbStore store(int clientId, int reconnect) {
        IbStore s = new IbStore(new IbStoreParams("127.0.0.1", port, clientId, false, false, reconnect, 0.2, false, 60.0,
                true), clock);
        stores.add(s);
        driver.add(s.loop());
        return s;
    }

    IbData feed(IbStore store, String name, IbDataParams p) {
        return new IbData(store, name, p.timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
    }

    void inject(String fault) {
        gw.inject(FaultSpec.parseNow(fault));
    }

    /** Runs the rig for {@code d} of virtual time; every feed takes its bars as they close. */
    void run(Duration d, List<IbData> feeds, List<List<DeliveredBar>> into) {
        run(d, feeds, into, () -> Long.MAX_VALUE, () -> { });
    }

    /**
     * {@link #run(Duration, List, List)}, then {@code afterEvents} (e.g. a broker's {@code next()})
     * after every batch of events, waking at {@code due} too (e.g. the broker's next due time).
     */
    void run(Duration d, List<IbData> feeds, List<List<DeliveredBar>> into, LongSupplier due, Runnable afterEvents) {
        driver.until(clock.nanos() + d.toNanos(), () -> Math.min(due.getAsLong(), due(feeds)), () -> {
            take(feeds, into);
            afterEvents.run();
        });
    }

    /** Lets {@code d} of virtual time pass with no feed looking (stores still take their events). */
    void pass(Duration d) {
        run(d, List.of(), List.of());
    }

    /** The earliest time a feed or a store's paced request is due. */
    private long due(List<IbData> feeds) {
        long due = Long.MAX_VALUE;
        for (IbData f : feeds) {
            due = Math.min(due, f.nextCheckNanos(0, 0));
        }
        for (IbStore s : stores) {
            IbClient c = s.connection().client();
            if (c != null && c.queuedRequests() > 0) {
                due = Math.min(due, c.nextSendNanos());
            }
        }
        return due;
    }

    /** Takes every bar each feed holds at the loop's clock reading. */
    static void take(List<IbData> feeds, List<List<DeliveredBar>> into) {
        for (int f = 0; f < feeds.size(); f++) {
            IbData data = feeds.get(f);
            data.check(0);
            while (data.next()) {
                into.get(f).add(new DeliveredBar(data.datetime(0), data.open().get(0), data.high().get(0),
                        data.low().get(0), data.close().get(0), data.volume().get(0)));
            }
        }
    }

    /** The gateway's own 5-second bars of {@code name} ending in (from, to], downloaded by a fresh client. */
    List<DeliveredBar> tape(String name, long from, long to, int clientId) {
        IbStore s = store(clientId, 0);
        IbData hist = feed(s, name, IbDataParams.of().historical(true).fromdate(from).todate(to));
        List<DeliveredBar> out = new ArrayList<>();
        hist.start();
        List<IbData> feeds = List.of(hist);
        List<List<DeliveredBar>> into = List.of(out);
        if (!driver.until(hist::isFinished, clock.nanos() + 10 * S, () -> due(feeds), () -> take(feeds, into))) {
            throw new AssertionError("historical download of the tape did not finish");
        }
        stop(s);
        return out;
    }

    /** Stops {@code s}, which is no longer driven. */
    void stop(IbStore s) {
        s.stop();
        driver.remove(s.loop());
    }

    /** Joins every thread of API client {@code clientId} (reader, writer, supervisor), 5 s at most. */
    static void assertNoThreadsLeft(int clientId) throws InterruptedException {
        Await.threadsEnded(n -> n.startsWith("ib-client-" + clientId + "-") || n.equals("ib-supervisor-" + clientId),
                java.util.Set.of(), 5, "threads of client " + clientId);
    }

    @Override
    public void close() {
        for (IbStore s : stores) {
            s.stop();
        }
        gw.close();
    }
}
