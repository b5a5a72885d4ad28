package org.bt4j.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.it.VirtualRun;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.VirtualClock;

/**
 * The process {@link JournalCrashConsistencyTest} freezes: an {@link IbBroker} with the order journal
 * {@code args[0]} trades through a gateway in this process on a virtual clock (250 ms a step):
 * a 300-share market order whenever none works, buying and selling in turn, filled in small parts
 * (participation 1 %); a far limit order placed and cancelled now and then. Like a strategy that
 * gets a bar every fourth step, it hands the notifications taken to {@link IbBroker#notified} only
 * every fourth step, so received-but-undelivered fills are in the journal most of the time. After
 * each step it prints {@code STEP n d}, d being the fills delivered so far. Runs until killed or its
 * standard input closes. Main thread only (plus the store's connection threads).
 */
public final class JournalStateChild {

    private static final long STEP_NANOS = 250_000_000L;

    private JournalStateChild() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws Exception {
        FrozenChild.endWithParent();
        VirtualClock clock = new VirtualClock(SimulatedClock.at("2024-01-08T15:00:00Z").nanos());
        clock.join(); // this thread takes part: the clock stands still until it waits on it
        Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(13).statePath(null)
                .followHours(false).participation(0.01).bookLevels(1).build());
        IbStore store = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), 5, false, false, 5, 0.2, false, 60.0, true),
                clock);
        IbData data = new IbData(store, "AAPL-STK-SMART-USD", IbDataParams.of().backfillStart(false)
                .timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
        data.start();
        IbBroker broker = new IbBroker(store).journal(SqliteOrderJournal.open(Path.of(args[0])));
        broker.start(List.of(data));
        VirtualRun run = new VirtualRun(clock);
        run.add(store.loop());
        LongSupplier due = () -> Math.min(data.nextCheckNanos(0, 0), broker.nextDueNanos());
        boolean[] bar = new boolean[1];
        while (!bar[0]) { // an order is created on a bar
            run.until(clock.nanos() + STEP_NANOS, due, () -> {
                data.check(0);
                bar[0] |= data.next();
            });
        }
        List<Order> taken = new ArrayList<>();
        Order market = null;
        Order far = null;
        boolean buy = true;
        long delivered = 0;
        for (long step = 1; ; step++) {
            if (market == null || !market.isAlive()) {
                market = buy ? broker.buy(null, data, 300, OrderArgs.of()) : broker.sell(null, data, 300, OrderArgs.of());
                buy = !buy;
            }
            if (step % 20 == 5) {
                far = broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(1.0));
            } else if (step % 20 == 12 && far != null) {
                broker.cancel(far);
            }
            run.until(clock.nanos() + STEP_NANOS, due, () -> { // a 250 ms step of virtual time
                data.check(0);
                while (data.next()) {
                    // bars are not used; consuming them keeps the feed's queue short
                }
                broker.next();
                Order o;
                while ((o = broker.nextNotification()) != null) {
                    taken.add(o);
                }
            });
            if (step % 4 == 0) {
                for (Order t : taken) {
                    broker.notified(t);
                    delivered += t.executed().pending().size();
                }
                taken.clear();
            }
            System.out.println("STEP " + step + " " + delivered);
            System.out.flush();
        }
    }
}
