package org.bt4j.ib.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.clock.ManualClock;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.it.LoopPump;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.time.TimeFrame;

/**
 * An in-process gateway on a virtual clock, a store connected to it over loopback, and helpers
 * to move time and pump a feed the way the engine does. Test thread only.
 */
final class LiveHarness implements AutoCloseable {

    static final long S = 1_000_000_000L;

    final ManualClock clock;
    final Gateway gw;
    final IbStore store;

    LiveHarness(String startUtc, int clientId) {
        this(startUtc, clientId, 1.0);
    }

    LiveHarness(String startUtc, int clientId, double participation) {
        clock = ManualClock.at(startUtc);
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(7).statePath(null).followHours(false)
                .participation(participation)
                .bookLevels(participation < 1 ? 1 : 5).build()); // a share of the touch only: a thin, slow market
        store = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), clientId, false, false, 5, 0.2, false, 60.0, true),
                clock);
    }

    /** A feed of {@code dataname} in {@code comp}-second bars on the virtual clock. */
    IbData feed(String dataname, TimeFrame tf, int comp, IbDataParams extra) {
        return new IbData(store, dataname, extra.timeframe(tf, comp).qcheck(Duration.ofMillis(20)));
    }

    /** Moves the virtual clock in 250 ms steps, letting {@code data} consume what arrives. */
    void run(IbData data, Duration d, List<double[]> bars) throws InterruptedException {
        long steps = d.toMillis() / 250;
        for (long i = 0; i < steps; i++) {
            gw.advance(Duration.ofMillis(250));
            pump(data, bars);
        }
    }

    /** Lets the reader thread deliver (the store's loop takes it), then takes every bar the feed has. */
    static void pump(IbData data, List<double[]> bars) throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            LoopPump.await(data.store().loop(), 5_000_000L);
            data.check(0);
            while (data.next()) {
                bars.add(new double[] {data.datetime(0), data.open().get(0), data.high().get(0), data.low().get(0),
                        data.close().get(0), data.volume().get(0)});
            }
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
