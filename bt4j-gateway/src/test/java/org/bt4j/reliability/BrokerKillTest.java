package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.Position;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.it.Await;
import org.bt4j.ib.it.LoopPump;
import org.bt4j.ib.journal.JournalExecution;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a bt4j process with a working, partly filled order: a child JVM
 * ({@link BrokerKillChild}) trades through the in-process gateway with a journal and is killed with
 * {@code destroyForcibly}; the gateway keeps filling; a new broker on the same journal must see every
 * share exactly once. Soak only ({@code -Dbt4j.soak=true}): it starts a JVM.
 */
class BrokerKillTest {

    static final String DATA = "TWTR-STK-SMART-USD";
    private static final int CLIENT = 41;
    private static final double SIZE = 60;

    @Test
    void killedWithAPartlyFilledOrderThenRestartedDeliversEveryShareOnce(@TempDir Path dir) throws Exception {
        assumeTrue(Boolean.getBoolean("bt4j.soak"), "soak only (-Dbt4j.soak=true)");
        Path journalFile = dir.resolve("orders.db");
        SimulatedClock clock = SimulatedClock.at("2024-01-05T15:00:00Z");
        try (Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(7).followHours(false)
                .statePath(null).participation(0.002).bookLevels(1).build())) { // thin: fills for tens of seconds
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp, BrokerKillChild.class.getName(), Integer.toString(gw.port()), Integer.toString(CLIENT),
                    journalFile.toString(), Double.toString(SIZE))
                    .redirectError(dir.resolve("child.err").toFile()).start();
            AtomicInteger fillLines = new AtomicInteger();
            AtomicInteger placed = new AtomicInteger();
            AtomicInteger synced = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("FILL")) {
                            fillLines.incrementAndGet();
                        } else if (line.equals("PLACED")) {
                            placed.incrementAndGet();
                        } else if (line.equals("SYNCED")) {
                            synced.incrementAndGet();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child died
                }
            }, "kill-test-reader");
            reader.setDaemon(true);
            reader.start();
            Writer toChild = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
            // one round trip through the child: it has handled (and printed) everything the gateway sent so far,
            // and the gateway everything the child sent before it
            Runnable sync = () -> {
                int before = synced.get();
                try {
                    toChild.write("SYNC\n");
                    toChild.flush();
                } catch (java.io.IOException e) {
                    throw new AssertionError("the child died: " + childErr(dir), e);
                }
                Await.until(() -> synced.get() > before, 30, "the child's round trip; its stderr: " + childErr(dir));
            };
            try {
                for (int i = 0; i < 240 && placed.get() == 0; i++) {
                    gw.advance(Duration.ofMillis(250)); // the child waits for its first bar
                    sync.run();
                }
                assertEquals(1, placed.get(), () -> "the child placed no order; its stderr: " + childErr(dir));
                sync.run(); // placeOrder went before this round trip: the gateway has it before time moves
                for (int i = 0; i < 240 && fillLines.get() < 2; i++) {
                    gw.advance(Duration.ofMillis(250));
                    sync.run();
                }
                assertTrue(fillLines.get() >= 2, "the child got fills before the kill");
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            }
            for (int i = 0; i < 80; i++) {
                gw.advance(Duration.ofMillis(250)); // fills go on at the gateway while bt4j is dead
            }

            try (OrderJournal journal = SqliteOrderJournal.open(journalFile);
                 IbStore store = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), CLIENT, false, false, 5, 0.2,
                         false, 60.0, true))) {
                double before = journal.executions(1).stream().mapToDouble(JournalExecution::shares).sum();
                assertTrue(before > 0 && before < SIZE, "partly filled when killed: " + before);
                IbData data = new IbData(store, DATA, IbDataParams.of().backfillStart(false)
                        .timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
                data.start();
                IbBroker broker = new IbBroker(store).journal(journal);
                broker.start(List.of(data));
                List<Order> notes = new ArrayList<>();
                AtomicInteger times = new AtomicInteger();
                store.addListener(e -> {
                    if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.CurrentTime) {
                        times.incrementAndGet();
                    }
                });
                for (int i = 0; i < 240; i++) {
                    gw.advance(Duration.ofMillis(250));
                    int asked = times.get(); // a round trip: everything the gateway sent in the step is then taken
                    assertTrue(store.connection().send(new ClientMessage.ReqCurrentTime()), "connected");
                    LoopPump.until(store.loop(), () -> times.get() > asked);
                    data.check(0);
                    while (data.next()) {
                        // the broker re-attaches once the data has a bar
                    }
                    broker.next();
                    Order o;
                    while ((o = broker.nextNotification()) != null) {
                        notes.add(o);
                        broker.notified(o);
                    }
                }
                assertEquals(OrderStatus.Partial, notes.get(0).status(), "re-attached: " + notes.get(0));
                assertEquals(before, notes.get(0).executed().size(), 1e-9);
                double after = notes.stream().flatMap(o -> o.executed().pending().stream())
                        .mapToDouble(ExecutionBit::size).sum();
                assertEquals(SIZE, before + after, 1e-9, "every share exactly once across the kill");
                assertEquals(OrderStatus.Completed, notes.get(notes.size() - 1).status());
                int conId = data.tradeContract().conId();
                Position p = gw.engine().call(() -> gw.engine().account().position(conId));
                assertEquals(SIZE, p.quantity(), 1e-9);
                assertEquals(p.quantity(), broker.getPosition(data).size(), 1e-9);
            }
        }
    }

    private static String childErr(Path dir) {
        try {
            return java.nio.file.Files.readString(dir.resolve("child.err"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
