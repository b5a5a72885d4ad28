package org.bt4j.reliability;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
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
 * state file {@code args[0]} and a virtual clock, traded by a loopback TWS client in this process
 * as fast as it goes: a market order of 300 shares every fourth step, buying and selling in turn, each
 * filled in small parts (participation 1 %), so several fill at once, a far limit order placed and
 * cancelled now and then, an OCA pair (a market order and a far limit, type 1) every eighth step and a
 * bracket (a market parent, a far take-profit and a far stop) every sixteenth. Before each 1 s step of the clock (whose fills then follow) it prints
 * {@code STEP n}. Runs until killed or until its standard input closes. Main thread trades; one reader thread.
 */
public final class GatewayStateChild {

    private GatewayStateChild() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws Exception {
        FrozenChild.endWithParent();
        SimulatedClock clock = SimulatedClock.at("2024-01-08T15:00:00Z");
        Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(11)
                .statePath(Path.of(args[0])).participation(0.01).startingCash(1_000_000).build());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), gw.port());
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        Framing.writeClientHello(out, VersionRange.parse("v176..187"));
        out.flush();
        int version = Framing.readServerHello(in, Wire.MAX_FRAME_SIZE).serverVersion();
        Semaphore times = new Semaphore(0);
        int[] nextId = new int[1];
        Semaphore ready = new Semaphore(0);
        Thread reader = new Thread(() -> {
            try {
                byte[] p;
                while ((p = Framing.readFrame(in, Wire.MAX_FRAME_SIZE)) != null) {
                    ServerMessage m = ServerMessage.read(new FieldReader(p), version);
                    if (m instanceof ServerMessage.CurrentTime) {
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
        for (long step = 1; ; step++) {
            if (step % 4 == 1) {
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder()
                        .action(step % 8 == 1 ? "BUY" : "SELL").totalQuantity(300).orderType("MKT").build()));
            }
            if (step % 10 == 5) {
                send(out, version, new ClientMessage.PlaceOrder(id, aapl, Order.builder().action("BUY")
                        .totalQuantity(10).orderType("LMT").lmtPrice(1).tif("GTC").build()));
                send(out, version, new ClientMessage.CancelOrder(id++, ""));
            }
            if (step % 8 == 3) { // an OCA group: the market order's first fill cancels the far limit, in its transaction
                String group = "oca-" + step;
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().action("BUY")
                        .totalQuantity(100).orderType("MKT").ocaGroup(group).ocaType(1).build()));
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().action("BUY")
                        .totalQuantity(10).orderType("LMT").lmtPrice(1).tif("GTC").ocaGroup(group).ocaType(1).build()));
            }
            if (step % 16 == 7) { // a bracket: its children are released by the parent's last fill, in its transaction
                int parent = id++;
                send(out, version, new ClientMessage.PlaceOrder(parent, aapl, Order.builder().action("BUY")
                        .totalQuantity(100).orderType("MKT").transmit(false).build()));
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().action("SELL")
                        .totalQuantity(100).orderType("LMT").lmtPrice(10_000).tif("GTC").parentId(parent)
                        .transmit(false).build()));
                send(out, version, new ClientMessage.PlaceOrder(id++, aapl, Order.builder().action("SELL")
                        .totalQuantity(100).orderType("STP").auxPrice(1).tif("GTC").parentId(parent).build()));
            }
            send(out, version, new ClientMessage.ReqCurrentTime());
            times.acquire(); // the gateway has handled every request sent so far
            System.out.println("STEP " + step); // printed as the fills of the step begin: the test freezes amid them
            System.out.flush();
            gw.advance(Duration.ofSeconds(1));
        }
    }

    private static void send(OutputStream out, int version, ClientMessage m) throws java.io.IOException {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        w.writeFrame(out);
        out.flush();
    }
}
