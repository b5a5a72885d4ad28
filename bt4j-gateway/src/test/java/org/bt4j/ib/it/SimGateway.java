package org.bt4j.ib.it;

import java.time.Duration;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbClientListener;
import org.bt4j.ib.client.IbConnectException;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;

/**
 * An in-process gateway on loopback and the {@link SimulatedClock} it shares with the clients a
 * test connects: time moves only through {@link #advance}. Test thread only (clients deliver on
 * their own threads into {@link Inbox}es).
 */
final class SimGateway implements AutoCloseable {

    static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    /** Friday 2024-01-05 10:00 in New York. */
    static final String START = "2024-01-05T15:00:00Z";

    final SimulatedClock clock;
    final Gateway gw;

    SimGateway() {
        this(GatewayConfig.builder());
    }

    SimGateway(GatewayConfig.Builder config) {
        this(SimulatedClock.at(START), config);
    }

    /** On {@code clock} (a {@link org.bt4j.time.VirtualClock}: time moves by itself, never through {@link #advance}). */
    SimGateway(SimulatedClock clock, GatewayConfig.Builder config) {
        this.clock = clock;
        gw = Gateway.start(config.port(0).adminPort(-1).clock(clock).seed(11).statePath(null).build());
    }

    /** A client whose messages land in {@code inbox}; pacing runs on the shared clock. */
    Client connect(int clientId) throws IbConnectException {
        return new Client(config(clientId));
    }

    IbClientConfig config(int clientId) {
        return IbClientConfig.of("127.0.0.1", gw.port(), clientId).withClock(clock).withConnectTimeoutMillis(5000);
    }

    /** Moves the shared clock; every gateway timer fires at its own time. */
    void advance(Duration d) {
        gw.advance(d);
    }

    @Override
    public void close() {
        gw.close();
    }

    /** A connected {@link IbClient} and what it received. */
    static final class Client implements AutoCloseable {
        final Inbox<ServerMessage> in = new Inbox<>();
        final Inbox<String> disconnects = new Inbox<>();
        final IbClient ib;

        Client(IbClientConfig config) throws IbConnectException {
            ib = IbClient.connect(config, new IbClientListener() {
                @Override
                public void onMessage(ServerMessage message) {
                    in.add(message);
                }

                @Override
                public void onDisconnected(String reason) {
                    disconnects.add(reason);
                }
            }, null);
        }

        /** Round trip: when it returns the gateway has handled every request sent before. */
        void sync() throws InterruptedException {
            ib.send(new ClientMessage.ReqCurrentTime());
            in.await(ServerMessage.CurrentTime.class);
        }

        ServerMessage.ErrorMsg awaitError(int code) throws InterruptedException {
            return in.await(ServerMessage.ErrorMsg.class, e -> e.code() == code);
        }

        @Override
        public void close() {
            ib.close();
        }
    }
}
