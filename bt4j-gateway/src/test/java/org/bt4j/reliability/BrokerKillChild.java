package org.bt4j.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.loop.EngineLoop;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.time.TimeFrame;

/**
 * The process {@link BrokerKillTest} kills: connects to the gateway on {@code args[0]} as client
 * {@code args[1]}, journals in {@code args[2]}, buys {@code args[3]} shares and prints {@code PLACED}
 * and then one {@code FILL size} line per delivered fill until it is killed. Every {@code SYNC} line
 * on its standard input is answered with {@code SYNCED} once a reqCurrentTime round trip is back and
 * everything before it has been handled (and its fills printed), so the test moves the gateway's
 * clock only when this process has caught up. The engine loop runs on the main thread.
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
        boolean[] answered = new boolean[1];
        store.addListener(e -> answered[0] |= e instanceof StoreEvent.Message m
                && m.message() instanceof ServerMessage.CurrentTime);
        data.start();
        OrderJournal journal = SqliteOrderJournal.open(Path.of(args[2]));
        IbBroker broker = new IbBroker(store).journal(journal);
        broker.start(List.of(data));
        Thread syncs = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    store.connection().send(new ClientMessage.ReqCurrentTime());
                }
            } catch (java.io.IOException e) {
                // the test went away
            }
        }, "child-syncs");
        syncs.setDaemon(true);
        syncs.start();
        EngineLoop loop = store.loop();
        boolean placed = false;
        while (true) {
            loop.step(Math.min(data.nextCheckNanos(0, 0), broker.nextDueNanos())); // an event, or the next due time
            data.check(0);
            while (data.next()) {
                if (!placed) { // an order is created on a bar
                    broker.buy(null, data, Double.parseDouble(args[3]), OrderArgs.of());
                    System.out.println("PLACED");
                    placed = true;
                }
            }
            broker.next();
            Order o;
            while ((o = broker.nextNotification()) != null) {
                for (ExecutionBit b : o.executed().pending()) {
                    System.out.println("FILL " + b.size());
                }
                broker.notified(o);
            }
            if (answered[0]) {
                answered[0] = false;
                System.out.println("SYNCED");
            }
            System.out.flush();
        }
    }
}
