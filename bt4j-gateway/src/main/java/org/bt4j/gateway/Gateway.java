package org.bt4j.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.gateway.account.StateStore;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.CommissionModel;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.gateway.history.BarAggregator;
import org.bt4j.gateway.history.HistoricalPacing;
import org.bt4j.gateway.history.HistoricalService;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.market.UniverseFile;
import org.bt4j.gateway.server.GatewayEngine;
import org.bt4j.gateway.server.Sessions;
import org.bt4j.gateway.tape.CompositeTape;
import org.bt4j.gateway.tape.CsvTape;
import org.bt4j.gateway.tape.SyntheticTape;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.time.SimulatedClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated TWS / IB Gateway: a TCP server speaking the TWS API protocol on loopback (other
 * addresses only when listed as trusted), a deterministic market, a paper account persisted in
 * SQLite, fault injection from code ({@link #inject}), a script ({@code GatewayConfig.faults()})
 * or another process (the loopback admin channel: one text line per fault, see {@link FaultSpec}).
 * <b>Threading:</b> {@link #start(GatewayConfig)} / {@link #close()} from one controlling thread; every other
 * public method may be called from any thread. State lives on the gateway thread
 * ({@link GatewayEngine}).
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    /** Longest admin command line accepted, in characters. */
    static final int MAX_ADMIN_LINE = 1024;

    private final GatewayConfig config;
    private final GatewayEngine engine;
    private final StateStore store;
    private final Sessions sessions;
    private final long startNanos;
    private ServerSocket admin;
    private volatile boolean closed;

    private Gateway(GatewayConfig config) {
        this.config = config;
        checkHost(config);
        this.startNanos = config.clock().nanos();
        LocalDate today = Instant.ofEpochSecond(startNanos / 1_000_000_000L).atZone(config.twsZone()).toLocalDate();
        InstrumentUniverse universe = InstrumentUniverse.defaults(today).with(config.extraInstruments());
        if (config.instrumentFile() != null) {
            universe = universe.with(UniverseFile.read(config.instrumentFile(), today));
        }
        Tape tape = tape(config);
        HistoricalService history = new HistoricalService(new BarAggregator(tape, config.followHours()),
                config.pacing() ? HistoricalPacing.ib() : HistoricalPacing.off(), config.twsZone(), config.maxBars(),
                config.stepLimit());
        Account account = new Account(config.account(), "USD", config.startingCash());
        Holder holder = new Holder();
        MatchingEngine matching = new MatchingEngine(account, CommissionModel.ibFixed(), holder, config.twsZone(),
                config.partialFills(), config.participation(), config.bookLevels(), config.followHours(),
                (int) ((startNanos / 1_000_000_000L) & 0x7fffffffL));
        for (String linked : config.linkedAccounts()) {
            matching.link(new Account(linked, "USD", config.startingCash()));
        }
        this.store = StateStore.open(config.statePath(), config.startingCash(), "bt4j gateway on " + config.host() + ":"
                + config.port());
        try {
            store.load(matching, universe);
            matching.sink(store);
            this.engine = new GatewayEngine(config, universe, tape, history, matching);
            holder.target = engine;
            engine.restoreFills(store.fills());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        this.sessions = new Sessions(engine, config.queueCapacity());
    }

    /** Forwards matching events to the engine (which is created after the matching engine). */
    private static final class Holder implements MatchingEngine.Listener {
        GatewayEngine target;
        @Override public void orderUpdated(org.bt4j.gateway.broker.SimOrder o) { target.orderUpdated(o); }
        @Override public void filled(org.bt4j.gateway.broker.SimOrder o, org.bt4j.gateway.broker.Fill f) { target.filled(o, f); }
        @Override public void cancelled(org.bt4j.gateway.broker.SimOrder o, boolean expired, String r) { target.cancelled(o, expired, r); }
        @Override public void orderError(int c, int o, int code, String t) { target.orderError(c, o, code, t); }
    }

    private static void checkHost(GatewayConfig c) {
        try {
            InetAddress a = InetAddress.getByName(c.host());
            if (!a.isLoopbackAddress() && !c.trustedHosts().contains(c.host())) {
                throw new BadInputException("refusing to listen on " + c.host() + ": only loopback addresses, or addresses "
                        + "given with --trusted, may be bound (the gateway has no authentication)");
            }
        } catch (java.net.UnknownHostException e) {
            throw new BadInputException("unknown host '" + c.host() + "'", e);
        }
    }

    private static Tape tape(GatewayConfig c) {
        Tape synthetic = new SyntheticTape(c.seed(), c.followHours());
        Tape all = null;
        Map<String, Tape> bySymbol = new HashMap<>();
        for (String t : c.tapeFiles()) {
            int eq = t.indexOf('=');
            if (eq > 0) {
                bySymbol.put(t.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT),
                        CsvTape.read(Path.of(t.substring(eq + 1).trim()), c.clock().nanos(), !c.acceptBadBars()));
            } else {
                all = CsvTape.read(Path.of(t), c.clock().nanos(), !c.acceptBadBars());
            }
        }
        return new CompositeTape(bySymbol, all != null ? all : synthetic);
    }

    /** Creates and starts a gateway. @throws BadInputException for bad settings or a busy port */
    public static Gateway start(GatewayConfig config) {
        Gateway g = new Gateway(config);
        g.open();
        return g;
    }

    private void open() {
        try {
            InetAddress bind = InetAddress.getByName(config.host());
            sessions.listen(new InetSocketAddress(bind, config.port()), config.maxClients());
            if (config.adminPort() >= 0) {
                admin = new ServerSocket();
                admin.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.adminPort()));
                Thread t = new Thread(this::adminLoop, "gw-admin");
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException e) {
            store.close();
            throw new BadInputException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        engine.start();
        for (FaultSpec f : config.faults()) {
            engine.schedule(f, startNanos);
        }
        LOG.info("bt4j gateway listening on {}:{} (admin {}), state {}", config.host(), port(), adminPort(),
                config.statePath() == null ? "in memory" : config.statePath());
        LOG.debug("bt4j gateway account {}", config.account()); // account codes only at debug
    }

    /** The API port actually bound. */
    public int port() {
        return sessions.port();
    }

    /** The admin port actually bound, or −1. */
    public int adminPort() {
        return admin == null ? -1 : admin.getLocalPort();
    }

    /** Connections currently open to the API port, handshaking or not (tests: no socket leaked). */
    public int connectedSessions() {
        return sessions.openCount();
    }

    /** The engine (for tests and the benchmark). */
    public GatewayEngine engine() {
        return engine;
    }

    /**
     * Injects a fault: one due now ({@code f.at()} zero, as the admin channel's) is applied on the
     * gateway thread before this returns, so whatever a client sends afterwards meets it; a later
     * one is scheduled {@code f.at()} from now.
     */
    public void inject(FaultSpec f) {
        engine.call(() -> {
            if (f.at().isZero()) {
                engine.apply(f);
            } else {
                engine.schedule(f, engine.now());
            }
            return null;
        });
    }

    /** Waits until the gateway thread has handled everything posted and every timer due. */
    public void sync() {
        engine.call(() -> null);
    }

    /**
     * Moves the simulated clock forward, letting every timer fire at its own time, then waits for the
     * gateway thread. Requests still travelling through a client socket are not waited for: a test
     * that sends a request and then advances time must first make a round trip (for example
     * reqCurrentTime → currentTime), or the request is handled after the jump.
     *
     * @throws IllegalStateException when the gateway runs on the wall clock
     */
    public void advance(Duration d) {
        if (!(config.clock() instanceof SimulatedClock sim)) {
            throw new IllegalStateException("advance() needs a SimulatedClock; this gateway runs on " + config.clock());
        }
        sync();
        sim.advance(d);
        sync();
    }

    private void adminLoop() {
        while (!closed) {
            try (Socket s = admin.accept()) {
                s.setSoTimeout(5000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.US_ASCII);
                String line = boundedLine(in);
                if (line == null) {
                    continue;
                }
                if (line.length() > MAX_ADMIN_LINE) {
                    out.println("error line longer than " + MAX_ADMIN_LINE + " characters");
                    continue;
                }
                try {
                    if (line.trim().equalsIgnoreCase("status")) {
                        out.println("ok clients " + engine.call(engine::clientIds));
                    } else {
                        FaultSpec f = FaultSpec.parseNow(line);
                        inject(f);
                        out.println("ok " + f.kind() + " " + f.duration() + (f.arg() >= 0 ? " " + f.arg() : ""));
                    }
                } catch (IllegalArgumentException e) {
                    out.println("error " + e.getMessage());
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("admin channel: {}", e.toString());
                }
            }
        }
    }

    /**
     * One line of at most {@link #MAX_ADMIN_LINE} characters (a longer one is cut at one character
     * more, so the caller can tell), or null at end of stream.
     */
    private static String boundedLine(BufferedReader in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (b.length() > MAX_ADMIN_LINE) {
                return b.toString(); // the rest is not read: the connection closes
            }
            b.append((char) c);
        }
        if (c < 0 && b.length() == 0) {
            return null;
        }
        int end = b.length();
        return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
    }

    /** Stops listening, disconnects every client and saves the state. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        sessions.close();
        try {
            if (admin != null) {
                admin.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        engine.stop();
        store.close();
        LOG.info("bt4j gateway stopped; state saved");
    }

    /** Sends one admin line to a running gateway's admin port and returns its one-line answer. */
    public static String adminCommand(int adminPort, String line) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), adminPort)) {
            s.setSoTimeout(10_000);
            PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.US_ASCII);
            out.println(line);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            String answer = in.readLine();
            return answer == null ? "error no answer" : answer;
        }
    }

}
