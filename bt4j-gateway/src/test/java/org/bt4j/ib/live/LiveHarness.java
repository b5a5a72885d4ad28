package org.bt4j.ib.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.it.VirtualRun;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.VirtualClock;

/**
 * An in-process gateway and a store connected to it over loopback on one {@link VirtualClock},
 * driven from the test thread by a {@link VirtualRun}: time passes only while the test runs the
 * session, and only when everything sent has been taken. Test thread only.
 */
final class LiveHarness implements AutoCloseable {

    static final long S = 1_000_000_000L;

    final VirtualClock clock;
    final Gateway gw;
    final IbStore store;
    private final VirtualRun run;

    LiveHarness(String startUtc, int clientId) {
        this(startUtc, clientId, 1.0, 0.2);
    }

    LiveHarness(String startUtc, int clientId, double participation) {
        this(startUtc, clientId, participation, 0.2);
    }

    /** {@code reconnectPause}: seconds of virtual time the store waits before it reconnects. */
    LiveHarness(String startUtc, int clientId, double participation, double reconnectPause) {
        clock = new VirtualClock(SimulatedClock.at(startUtc).nanos());
        clock.join(); // the test thread takes part: the clock stands still until the test runs the session
        run = new VirtualRun(clock);
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(7).statePath(null).followHours(false)
                .participation(participation)
                .bookLevels(participation < 1 ? 1 : 5).build()); // a share of the touch only: a thin, slow market
        store = store(clientId, reconnectPause);
    }

    /** Another store on the harness's clock, driven with the first ({@code reconnectPause} as above). */
    IbStore store(int clientId, double reconnectPause) {
        IbStore s = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), clientId, false, false, 5, reconnectPause,
                false, 60.0, true), clock);
        run.add(s.loop());
        return s;
    }

    /** Stops {@code s}, which is no longer driven. */
    void stop(IbStore s) {
        s.stop();
        run.remove(s.loop());
    }

    /** A feed of {@code dataname} in {@code comp}-second bars on the virtual clock. */
    IbData feed(String dataname, TimeFrame tf, int comp, IbDataParams extra) {
        return new IbData(store, dataname, extra.timeframe(tf, comp).qcheck(Duration.ofMillis(20)));
    }

    /** Runs the session for {@code d} of virtual time, {@code data} taking every bar as it closes. */
    void run(IbData data, Duration d, List<double[]> bars) {
        run.until(clock.nanos() + d.toNanos(), () -> data.nextCheckNanos(0, 0), () -> take(data, bars));
    }

    /**
     * Runs the session for {@code d} of virtual time, {@code afterEvents} after every batch of events,
     * waking at {@code due} (a feed's or broker's next due time) too.
     */
    void run(Duration d, LongSupplier due, Runnable afterEvents) {
        run.until(clock.nanos() + d.toNanos(), due, afterEvents);
    }

    /** Lets {@code d} of virtual time pass with nobody looking (stores still take their events). */
    void pass(Duration d) {
        run(d, () -> Long.MAX_VALUE, () -> { });
    }

    /** Runs the session until {@code done} holds, at most {@code d} of virtual time; whether it held. */
    boolean runUntil(BooleanSupplier done, Duration d) {
        return run.until(done, clock.nanos() + d.toNanos(), () -> Long.MAX_VALUE, () -> { });
    }

    /** Takes every bar {@code data} has at the loop's clock reading. */
    static void take(IbData data, List<double[]> bars) {
        data.check(0);
        while (data.next()) {
            bars.add(new double[] {data.datetime(0), data.open().get(0), data.high().get(0), data.low().get(0),
                    data.close().get(0), data.volume().get(0)});
        }
    }

    static List<String> names(List<Enum<?>> statuses) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : statuses) {
            out.add(e.name());
        }
        return out;
    }

    @Override
    public void close() {
        store.stop();
        gw.close();
    }
}
