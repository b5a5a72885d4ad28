package org.bt4j.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.it.LoopPump;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.time.TimeFrame;

/**
 * The process {@link BrokerKillTest} kills: connects to the gateway on {@code args[0]} as client
 * {@code args[1]}, journals in {@code args[2]}, buys {@code args[3]} shares and prints {@code PLACED}
 * and then one {@code FILL size} line per delivered fill until it is killed. Single-threaded.
 */
public final class BrokerKillChild {

    private BrokerKillChild() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws Exception {
        IbStore store = new IbStore(new IbStoreParams("127.0.0.1", Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                false, false, 5, 0.2, false, 60.0, true));
        IbData data = new IbData(store, BrokerKillTest.DATA, IbDataParams.of().backfillStart(false)
                .timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
        data.start();
        OrderJournal journal = SqliteOrderJournal.open(Path.of(args[2]));
        IbBroker broker = new IbBroker(store).journal(journal);
        broker.start(List.of(data));
        while (!data.next()) { // an order is created on a bar
            LoopPump.await(data.store().loop(), 5_000_000L);
            data.check(0);
        }
        broker.buy(null, data, Double.parseDouble(args[3]), OrderArgs.of());
        System.out.println("PLACED");
        System.out.flush();
        while (true) {
            LoopPump.await(data.store().loop(), 5_000_000L);
            data.check(0);
            while (data.next()) {
                // bars are not used; consuming them keeps the feed's queue short
            }
            broker.next();
            Order o;
            while ((o = broker.nextNotification()) != null) {
                for (ExecutionBit b : o.executed().pending()) {
                    System.out.println("FILL " + b.size());
                    System.out.flush();
                }
                broker.notified(o);
            }
            Thread.sleep(5);
        }
    }
}
