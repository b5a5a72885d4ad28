package org.bt4j.gateway.server;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API sessions: who is connected under which clientId, START_API admission, and sending
 * messages to them. <b>Threading:</b> gateway thread only, except {@link #connectionTime()}.
 */
final class ApiClients {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClients.class);
    private static final long NS = 1_000_000_000L;

    private final GatewayConfig config;
    private final GatewayLoop loop;
    private final MatchingEngine matching;
    private final FieldWriter writer = new FieldWriter();
    private final Map<Integer, ApiClient> clients = new LinkedHashMap<>();
    private final Map<ClientSession, ApiClient> bySession = new HashMap<>();

    ApiClients(GatewayConfig config, GatewayLoop loop, MatchingEngine matching) {
        this.config = config;
        this.loop = loop;
        this.matching = matching;
    }

    /** The connection time of the handshake reply (any thread). */
    String connectionTime() {
        long n = loop.clockNanos();
        return DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss zzz", Locale.ROOT)
                .format(Instant.ofEpochSecond(n / NS).atZone(config.twsZone()));
    }

    /** The client of a session, null before START_API. */
    ApiClient of(ClientSession s) {
        return bySession.get(s);
    }

    /** The client with this id, or null. */
    ApiClient get(int clientId) {
        return clients.get(clientId);
    }

    /** True while {@code c} is the connected client of its id. */
    boolean isConnected(ApiClient c) {
        return clients.get(c.clientId) == c;
    }

    /** Connected clients in connection order (a live view). */
    Collection<ApiClient> all() {
        return clients.values();
    }

    int count() {
        return clients.size();
    }

    Set<Integer> ids() {
        return Set.copyOf(clients.keySet());
    }

    /** Frames waiting for each connected client. */
    Map<Integer, Integer> backlogs() {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (ApiClient c : clients.values()) {
            m.put(c.clientId, c.session.backlog());
        }
        return m;
    }

    /**
     * Admits {@code s} as {@code clientId} and sends managed accounts and the next order id; refuses
     * (326 or 502, then closes) a taken id, a {@code reserved} one, or one client too many.
     *
     * @return the new client, or null when refused
     */
    ApiClient start(ClientSession s, int clientId, boolean reserved) {
        if (clients.containsKey(clientId) || reserved) {
            LOG.warn("{}: clientId {} is already in use; sending 326 and closing", s.label(), clientId);
            send(s, new ServerMessage.ErrorMsg(-1, 326,
                    "Unable to connect as the client id is already in use. Retry with a unique client id.", ""));
            s.closeGracefully();
            return null;
        }
        if (clients.size() >= config.maxClients()) {
            LOG.warn("{}: already {} API clients connected; closing", s.label(), clients.size());
            send(s, new ServerMessage.ErrorMsg(-1, 502, "Couldn't connect to TWS: the maximum number of API clients ("
                    + config.maxClients() + ") is connected.", ""));
            s.closeGracefully();
            return null;
        }
        s.clientId(clientId);
        ApiClient c = new ApiClient(s, clientId);
        clients.put(clientId, c);
        bySession.put(s, c);
        LOG.info("{} started the API", s.label());
        managedAccounts(c);
        send(c, new ServerMessage.NextValidId(matching.nextValidOrderId()));
        return c;
    }

    /** Sends the managed accounts list. */
    void managedAccounts(ApiClient c) {
        send(c, new ServerMessage.ManagedAccounts(config.accounts()));
    }

    /** Forgets the client of a closed session. */
    void disconnected(ClientSession s) {
        ApiClient c = bySession.remove(s);
        if (c != null && clients.get(c.clientId) == c) {
            clients.remove(c.clientId);
            c.endStreams();
            LOG.info("clientId {} disconnected", c.clientId);
        }
    }

    boolean send(ApiClient c, ServerMessage m) {
        return send(c.session, m);
    }

    /** Queues {@code m} for {@code s}; false (nothing queued) when it does not fit in one API frame. */
    boolean send(ClientSession s, ServerMessage m) {
        if (!m.existsAt(s.serverVersion())) {
            return true; // a legacy client does not know it (its reader would stop): TWS 9.x did not send it
        }
        m.write(writer.reset(), s.serverVersion());
        if (writer.length() > Wire.MAX_FRAME_SIZE) {
            LOG.warn("{}: {} of {} bytes exceeds the API frame limit; not sent", s.label(), m.getClass().getSimpleName(),
                    writer.length());
            return false;
        }
        if (!s.send(writer)) {
            if (!s.isClosed()) {
                s.closeNow("client is not reading: " + config.queueCapacity() + " messages queued");
            }
        }
        return true;
    }

    void error(ApiClient c, int id, int code, String text) {
        send(c, new ServerMessage.ErrorMsg(id, code, text, ""));
    }

    void broadcastError(int code, String text) {
        for (ApiClient c : clients.values()) {
            error(c, -1, code, text);
        }
    }
}
