package org.bt4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.bt4j.BadInputException;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.fault.FaultSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bt4j gateway}: runs the simulated TWS until Ctrl-C (state saved by a shutdown hook);
 * {@code bt4j gateway fault …} triggers a fault on a running gateway through its admin port.
 * Runs on the main thread.
 */
@Command(name = "gateway", mixinStandardHelpOptions = true, subcommands = GatewayCommand.Fault.class,
        description = {"Run the simulated TWS / IB Gateway: a paper-trading TWS API server any TWS client can use.",
                "Market: a deterministic tape (seeded), or real bars replayed from --tape; account persisted in SQLite.",
                "Stop with Ctrl-C; the state is saved."})
public final class GatewayCommand implements Callable<Integer> {

    @Option(names = "--host", description = "address to listen on (default ${DEFAULT-VALUE}; others need --trusted)")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "TWS API port (default ${DEFAULT-VALUE}, IB's paper port)")
    int port = 7497;

    @Option(names = "--admin-port", description = "loopback fault/admin port (default: port + 100; -1 disables)")
    Integer adminPort;

    @Option(names = "--trusted", split = ",", description = "non-loopback addresses that --host may name")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--state", description = "SQLite file of the paper account, held by one gateway at a time "
            + "(default ~/.bt4j/gateway-PORT.db; in memory with --port 0)")
    Path state;

    @Option(names = "--seed", description = "seed of the synthetic market (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--tape", description = "replay a bar CSV as the market: FILE (every instrument) or SYMBOL=FILE; repeatable")
    List<String> tapes = new ArrayList<>();

    @Option(names = "--accept-bad-bars", description = "load --tape rows whose prices are not finite and positive, whose"
            + " high/low do not bound open and close, or whose volume is negative (refused by default)")
    boolean acceptBadBars;

    @Option(names = "--instruments", description = "INI file with extra instruments")
    Path instruments;

    @Option(names = "--24h", description = "24-hour market: trade, tick and fill around the clock, every day "
            + "(default: each instrument's trading hours, no trades when its market is closed)")
    boolean allDay;

    @Option(names = "--no-partial-fills", negatable = true, description = "fill at most the quoted size per tape event (default on)")
    boolean partialFills = true;

    @Option(names = "--participation", description = "share (0..1] of the size quoted at the touch one order may "
            + "take per tape event when partial fills are on (default ${DEFAULT-VALUE})")
    double participation = 1.0;

    @Option(names = "--book-levels", description = "price levels of the book one order may take per tape event, "
            + "level k being k ticks through the touch with k + 1 times its size (default ${DEFAULT-VALUE}; 1 = the touch only)")
    int bookLevels = 5;

    @Option(names = "--no-pacing", negatable = true, description = "enforce IB's historical pacing rules (default on)")
    boolean pacing = true;

    @Option(names = "--no-step-limit", negatable = true, description = "refuse historical durations longer than IB's "
            + "step-size table allows for the bar size, e.g. a year of 1-minute bars, with error 162 (default on)")
    boolean stepLimit = true;

    @Option(names = "--account", description = "account code (default ${DEFAULT-VALUE})")
    String account = "DU1234567";

    @Option(names = "--linked-accounts", split = ",", paramLabel = "CODE", description = "further managed accounts of "
            + "the same login (each with its own cash and positions, saved in the state file as the primary account is); "
            + "orders must then name their account. A state file keeps its accounts: started without one the file holds, "
            + "the gateway refuses the file, naming the account; a code new to the file starts with --cash")
    List<String> linkedAccounts = new ArrayList<>();

    @Option(names = "--read-only", description = "read-only API, as TWS's setting: orders and cancels are refused with error 321")
    boolean readOnly;

    @Option(names = "--no-subscription", split = ",", paramLabel = "SYMBOL", description = "symbols without a market data "
            + "subscription: a live request gets error 354, a delayed one (reqMarketDataType 3) delayed data with 10167")
    List<String> unsubscribed = new ArrayList<>();

    @Option(names = "--cash", description = "starting cash of a new account (default ${DEFAULT-VALUE})")
    double cash = 1_000_000;

    @Option(names = "--fault", description = "scripted fault, repeatable: " + FaultSpec.GRAMMAR)
    List<String> faults = new ArrayList<>();

    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile Gateway running;
    private final CompletableFuture<Gateway> started = new CompletableFuture<>();

    @Override
    public Integer call() throws Exception {
        if (!(participation > 0 && participation <= 1)) {
            throw new BadInputException("--participation must be in (0, 1], got " + participation);
        }
        if (bookLevels < 1) {
            throw new BadInputException("--book-levels must be at least 1, got " + bookLevels);
        }
        GatewayConfig.Builder b = GatewayConfig.builder().host(host).port(port).trustedHosts(Set.copyOf(trusted))
                .statePath(state != null ? state : GatewayConfig.defaultStatePath(port)).seed(seed).followHours(!allDay)
                .partialFills(partialFills).participation(participation).bookLevels(bookLevels).pacing(pacing).stepLimit(stepLimit)
                .account(account).readOnly(readOnly).startingCash(cash).instrumentFile(instruments)
                .acceptBadBars(acceptBadBars);
        unsubscribed.forEach(b::unsubscribed);
        linkedAccounts.forEach(b::linkedAccount);
        if (adminPort != null) {
            b.adminPort(adminPort);
        }
        tapes.forEach(b::tape);
        for (String f : faults) {
            try {
                b.fault(FaultSpec.parse(f));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--fault: " + e.getMessage(), e);
            }
        }
        Path old = Path.of(System.getProperty("user.home"), ".bt4j", "gateway-state.db");
        if (state == null && java.nio.file.Files.exists(old)) {
            System.out.println("note: " + old + " is no longer the default state file (now one per port); "
                    + "pass --state " + old + " to continue that account");
        }
        Gateway g = Gateway.start(b.build());
        Thread hook = new Thread(() -> {
            g.close();
            stop.countDown();
        }, "gateway-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        running = g;
        started.complete(g);
        System.out.println("bt4j gateway listening on " + host + ":" + g.port() + " (admin port " + g.adminPort()
                + "); Ctrl-C to stop");
        stop.await();
        g.close();
        running = null;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook has done the work
        }
        return 0;
    }

    /** The gateway while {@link #call()} runs, else null (any thread; for tests and embedding). */
    Gateway running() {
        return running;
    }

    /** Completes with the gateway once {@link #call()} has started it (any thread; for tests and embedding). */
    CompletableFuture<Gateway> started() {
        return started;
    }

    /** Stops a running command as Ctrl-C would, saving the state (any thread). */
    void stop() {
        stop.countDown();
    }

    /** {@code bt4j gateway fault --port P KIND [ARGS]}: sends one fault to a running gateway. */
    @Command(name = "fault", mixinStandardHelpOptions = true,
            description = {"Trigger a fault on a running gateway through its loopback admin port.",
                    "Examples: 'connloss 10s', 'connloss 20s lost', 'farm hmds 15s', 'drop', 'drop 7', 'delay 500ms',",
                    "'reject 30s', 'conflict 7 60s', 'nocomm 30s' (commission reports lost), 'commdelay 10s' (late),",
                    "'status'."})
    static final class Fault implements Callable<Integer> {
        @Option(names = "--port", description = "the gateway's API port (default ${DEFAULT-VALUE}); admin port = port + 100")
        int port = 7497;

        @Option(names = "--admin-port", description = "the admin port, if not API port + 100")
        Integer adminPort;

        @Parameters(arity = "1..*", description = "fault words")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            int p = adminPort != null ? adminPort : port + 100;
            String answer;
            try {
                answer = Gateway.adminCommand(p, String.join(" ", words));
            } catch (java.io.IOException e) {
                throw new BadInputException("no gateway admin channel on 127.0.0.1:" + p + " (" + e.getMessage() + ")", e);
            }
            if (answer.startsWith("ok")) {
                System.out.println(answer);
                return 0;
            }
            System.err.println("bt4j: " + answer); // a refused fault is an error like any other: stderr, exit 2
            return 2;
        }
    }
}
