package org.bt4j.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
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
import org.bt4j.order.ExecType;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.Validity;
import org.bt4j.time.TimeFrame;

/**
 * The process {@link JournalKillTest} kills: an {@link IbStore}, a 5-second {@link IbData} and an
 * {@link IbBroker} journaling in {@code args[2]}, connected to the gateway on port {@code args[0]}
 * as client {@code args[1]}. At its first bar it buys {@code args[4]} shares at market, unless
 * {@code args[3]} (the mode) is {@code watch}; the mode says where it then stops dead, for the test
 * to kill it there: {@code unsent} right after the order is journaled with its IB id, before
 * {@code placeOrder} is handed to the connection; {@code sent} right after it was; {@code window}
 * when the first fill's {@code notifyOrder} has returned, before its delivery is journaled;
 * {@code cancel} never (the test cancels the order with a {@code CANCEL} line on standard input);
 * {@code expire} never either: its order is a limit buy 5 % above the bar's close valid for
 * {@value #GTD_SECONDS} s after the bar (IB's GTD), which the gateway expires; {@code rest} never:
 * its order is a limit buy at half the bar's close, which rests; {@code deaf} never, with the same
 * order, but its broker hears no order message of TWS (no status, open order, execution or
 * error): as if it had died right after {@code placeOrder} went out while TWS went on;
 * {@code deaffill} the same with a limit buy 5 % above the close, which fills in parts.
 * Commission reports are awaited for 10 minutes, so with the gateway's {@code nocomm} fault
 * executions arrive and are not yet fills.
 *
 * <p>It prints, as the engine loop meets them: {@code BAR n}; per notification, first
 * {@code FILL ref execId size price} for each fill it carries, then
 * {@code NOTE ref status executedSize position} (the strategy's notifyOrder), then the broker is
 * told it returned; {@code WARN text} for the broker's warnings; {@code IBSTATUS ibId status filled}
 * and {@code IBEXEC ibId execId shares} for what TWS sent, once the broker has handled (and journaled)
 * it; {@code JOURNALED ibId}, {@code SENT ibId},
 * {@code DELIVERING execIds} where it stops. The engine loop runs on the main thread.
 */
public final class JournalKillChild {

    private JournalKillChild() {
    }

    private static volatile boolean cancelAsked;

    /** How long the {@code expire} mode's order is valid after its bar. */
    static final int GTD_SECONDS = 12;

    /** Runs until killed. */
    public static void main(String[] args) throws Exception {
        String mode = args[3];
        IbStore store = new IbStore(new IbStoreParams("127.0.0.1", Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                false, false, -1, 1.0, false, 60.0, true));
        IbData data = new IbData(store, IbtestKillTest.DATA, IbDataParams.of().backfillStart(false)
                .timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
        data.start();
        OrderJournal journal = SqliteOrderJournal.open(Path.of(args[2]));
        IbBroker.Port port = store;
        if (mode.equals("unsent")) {
            journal = stopAfter(journal, OrderJournal.class, "ibOrderId", a -> "JOURNALED " + a[2], true);
        } else if (mode.equals("window")) {
            journal = stopAfter(journal, OrderJournal.class, "delivered", a -> "DELIVERING " + a[0], false);
        } else if (mode.startsWith("deaf")) {
            port = deaf(port);
        } else if (mode.equals("sent")) {
            port = stopAfter(port, IbBroker.Port.class, "send", a -> a[0] instanceof ClientMessage.PlaceOrder p
                    ? "SENT " + p.orderId() : null, true);
        }
        IbBroker broker = new IbBroker(port).journal(journal).commissionTimeout(Duration.ofMinutes(10));
        store.addListener(JournalKillChild::printTws); // after the broker's: printed once the broker (and journal) has it
        broker.start(List.of(data));
        Thread commands = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    cancelAsked = true;
                    store.connection().send(new ClientMessage.ReqCurrentTime()); // wakes the engine loop
                }
            } catch (java.io.IOException e) {
                // the test went away
            }
        }, "child-commands");
        commands.setDaemon(true);
        commands.start();
        EngineLoop loop = store.loop();
        Order placed = null;
        int bars = 0;
        int warned = 0;
        while (true) {
            loop.step(Math.min(data.nextCheckNanos(0, 0), broker.nextDueNanos()));
            data.check(0);
            while (data.next()) {
                System.out.println("BAR " + ++bars);
                if (placed == null && !mode.equals("watch")) { // an order is created on a bar
                    placed = broker.buy(null, data, Double.parseDouble(args[4]), orderArgs(mode, data.close().get(0)));
                }
            }
            if (cancelAsked && placed != null) {
                cancelAsked = false;
                broker.cancel(placed);
            }
            broker.next();
            Order o;
            while ((o = broker.nextNotification()) != null) {
                for (ExecutionBit b : o.executed().pending()) {
                    System.out.println("FILL " + o.ref() + " " + broker.execId(o) + " " + b.size() + " " + b.price());
                }
                System.out.println("NOTE " + o.ref() + " " + o.status() + " " + o.executed().size() + " "
                        + broker.getPosition(data).size());
                System.out.flush();
                broker.notified(o);
            }
            List<String> warnings = broker.warnings();
            for (; warned < warnings.size(); warned++) {
                System.out.println("WARN " + warnings.get(warned));
            }
            System.out.flush();
        }
    }

    /** The order the child places in {@code mode} at a bar closing at {@code close}. */
    private static OrderArgs orderArgs(String mode, double close) {
        if (mode.equals("expire")) {
            return OrderArgs.of().exectype(ExecType.Limit).price(close * 1.05).valid(Validity.after(Duration.ofSeconds(GTD_SECONDS)));
        }
        if (mode.equals("deaffill")) {
            return OrderArgs.of().exectype(ExecType.Limit).price(close * 1.05);
        }
        return mode.equals("rest") || mode.equals("deaf") ? OrderArgs.of().exectype(ExecType.Limit).price(close * 0.5) : OrderArgs.of();
    }

    private static void printTws(StoreEvent e) {
        if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.OrderStatus s) {
            System.out.println("IBSTATUS " + s.orderId() + " " + s.status() + " " + s.filled());
        } else if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ExecDetails d) {
            System.out.println("IBEXEC " + d.execution().orderId() + " " + d.execution().execId() + " "
                    + d.execution().shares());
        }
    }

    /** {@code port} whose listeners (the broker's) never hear an order message of TWS. */
    private static IbBroker.Port deaf(IbBroker.Port port) {
        return (IbBroker.Port) Proxy.newProxyInstance(IbBroker.Port.class.getClassLoader(), new Class<?>[] {IbBroker.Port.class},
                (proxy, m, a) -> {
                    if (m.getName().equals("addListener")) {
                        @SuppressWarnings("unchecked")
                        Consumer<StoreEvent> listener = (Consumer<StoreEvent>) a[0];
                        port.addListener(e -> {
                            if (!(e instanceof StoreEvent.Message msg && (msg.message() instanceof ServerMessage.OrderStatus
                                    || msg.message() instanceof ServerMessage.OpenOrder
                                    || msg.message() instanceof ServerMessage.ExecDetails
                                    || msg.message() instanceof ServerMessage.CommissionReport
                                    || msg.message() instanceof ServerMessage.ErrorMsg))) {
                                listener.accept(e);
                            }
                        });
                        return null;
                    }
                    try {
                        return m.invoke(port, a);
                    } catch (InvocationTargetException x) {
                        throw x.getCause();
                    }
                });
    }

    /** What a stop prints, from the call's arguments; null: not this call. */
    private interface Mark {
        String of(Object[] args);
    }

    /**
     * {@code target} as a {@code type} whose first call of {@code method} that {@code mark} names
     * prints the mark and blocks the calling (engine) thread for good: after the call when
     * {@code after}, else before it, so the call never happens.
     */
    private static <T> T stopAfter(T target, Class<T> type, String method, Mark mark, boolean after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, a) -> {
            String line = m.getName().equals(method) ? mark.of(a) : null;
            if (line != null && !after) {
                stop(line);
            }
            Object result;
            try {
                result = m.invoke(target, a);
            } catch (InvocationTargetException x) {
                throw x.getCause();
            }
            if (line != null) {
                stop(line);
            }
            return result;
        }));
    }

    private static void stop(String line) throws InterruptedException {
        System.out.println(line);
        System.out.flush();
        new CountDownLatch(1).await(); // until the kill
    }
}
