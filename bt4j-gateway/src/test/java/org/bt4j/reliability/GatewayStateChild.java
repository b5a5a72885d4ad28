package org.bt4j.reliability;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;
import org.bt4j.time.SimulatedClock;

/**
 * The gateway process {@link GatewayCrashConsistencyTest} freezes: a real {@link Gateway} on the
 * state file {@code args[0]} and a virtual clock, with the primary account and two linked ones
 * ({@link #ACCOUNTS}), traded by a loopback TWS client in this process as fast as it goes, each order
 * (or group) for the next account in turn: a market order of 300 shares every fourth step, each
 * account buying and selling in turn, each
 * filled in small parts (participation 1 %), so several fill at once, a far limit order placed and
 * cancelled now and then, an OCA pair (a market order and a far limit, type 1) every eighth step and a
 * bracket (a market parent, a far take-profit and a far stop) every sixteenth. Before each 1 s step of the clock (whose fills then follow) it prints
 * {@code STEP n e0 e1 e2}, e being the executions its client has received so far in each account of {@link #ACCOUNTS}. Runs until killed or until its standard input closes. Main thread trades; one reader thread.
 */
public final class GatewayStateChild {

    /** The managed accounts, the primary one first. */
    public static final List<String> ACCOUNTS = List.of("DU1234567", "DU7654321", "DU5555555");

    private GatewayStateChild() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws Exception {
        FrozenChild.endWithParent();
        SimulatedClock clock = SimulatedClock.at("2024-01-08T15:00:00Z");
        Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(11)
                .statePath(Path.of(args[0])).participation(0.01).startingCash(1_000_000)
                .linkedAccount(ACCOUNTS.get(1)).linkedAccount(ACCOUNTS.get(2)).build());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), gw.port());
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        Framing.writeClientHello(out, VersionRange.parse("v176..187"));
        out.flush();
        int version = Framing.readServerHello(in, Wire.MAX_FRAME_SIZE).serverVersion();
        Semaphore times = new Semaphore(0);
        AtomicIntegerArray told = new AtomicIntegerArray(ACCOUNTS.size()); // executions received, per account
        int[] nextId = new int[1];
        Semaphore ready = new Semaphore(0);
        Thread reader = new Thread(() -> {
            try {
                byte[] p;
                while ((p = Framing.readFrame(in, Wire.MAX_FRAME_SIZE)) != null) {
                    ServerMessage m = ServerMessage.read(new FieldReader(p), version);
                    if (m instanceof ServerMessage.ExecDetails x) {
                        told.incrementAndGet(ACCOUNTS.indexOf(x.execution().acctNumber()));
                    } else if (m instanceof ServerMessage.CurrentTime) {
                        times.release();
                    } else if (m instanceof ServerMessage.NextValidId id) {
                        nextId[0] = id.orderId();
                        ready.release();
                    }
                }
            } catch (Exception e) {
                System.err.println("reader: " + e);
            }
        }, "child-reader");
        reader.setDaemon(true);
        reader.start();
        send(out, version, new ClientMessage.StartApi(1, ""));
        ready.acquire();
        Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
        int id = nextId[0];
        int markets = 0; // the k-th market order is account k % 3's, a buy for even k: each account buys, then sells
        int turn = 0; // the other orders' and groups' accounts
        for (long step = 1; ; step++) {
            if (step % 4 == 1) {
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().account(next(markets++))
                        .action(step % 8 == 1 ? "BUY" : "SELL").totalQuantity(300).orderType("MKT").build()));
            }
            if (step % 10 == 5) {
                send(out, version, new ClientMessage.PlaceOrder(id, aapl, Order.builder().account(next(turn++))
                        .action("BUY").totalQuantity(10).orderType("LMT").lmtPrice(1).tif("GTC").build()));
                send(out, version, new ClientMessage.CancelOrder(id++, ""));
            }
            if (step % 8 == 3) { // an OCA group: the market order's first fill cancels the far limit, in its transaction
                String group = "oca-" + step;
                String account = next(turn++);
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().account(account)
                        .action("BUY").totalQuantity(100).orderType("MKT").ocaGroup(group).ocaType(1).build()));
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().account(account)
                        .action("BUY").totalQuantity(10).orderType("LMT").lmtPrice(1).tif("GTC").ocaGroup(group)
                        .ocaType(1).build()));
            }
            if (step % 16 == 7) { // a bracket: its children are released by the parent's last fill, in its transaction
                int parent = id++;
                String account = next(turn++);
                send(out, version, new ClientMessage.PlaceOrder(parent, aapl, Order.builder().account(account)
                        .action("BUY").totalQuantity(100).orderType("MKT").transmit(false).build()));
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().account(account)
                        .action("SELL").totalQuantity(100).orderType("LMT").lmtPrice(10_000).tif("GTC")
                        .parentId(parent).transmit(false).build()));
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().account(account)
                        .action("SELL").totalQuantity(100).orderType("STP").auxPrice(1).tif("GTC").parentId(parent)
                        .build()));
            }
            send(out, version, new ClientMessage.ReqCurrentTime());
            times.acquire(); // the gateway has handled every request sent so far
            StringBuilder line = new StringBuilder("STEP ").append(step); // and the executions received per account
            for (int a = 0; a < ACCOUNTS.size(); a++) {
                line.append(' ').append(told.get(a));
            }
            System.out.println(line); // printed as the fills of the step begin: the test freezes amid them
            System.out.flush();
            gw.advance(Duration.ofSeconds(1));
        }
    }

    /** The account of the {@code turn}-th order or group. */
    private static String next(int turn) {
        return ACCOUNTS.get(turn % ACCOUNTS.size());
    }

    private static void send(OutputStream out, int version, ClientMessage m) throws java.io.IOException {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        w.writeFrame(out);
        out.flush();
    }
}
