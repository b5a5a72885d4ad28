package org.bt4j.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bt4j.BadInputException;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.store.MarketDataType;
import org.bt4j.loop.EngineLoop;
import org.bt4j.loop.SessionJournal;
import org.bt4j.resample.ReplayedFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.time.Clock;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.SystemClock;
import org.bt4j.time.VirtualClock;
import org.bt4j.time.TimeFrame;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What {@code bt4j ibtest} and {@code bt4j live} share, as a picocli mixin: the TWS connection
 * (backtrader's ibtest options, plus {@code --account} and {@code --market-data}), the data feeds
 * ({@code --data0}/{@code --data1} with resampling or replaying and the backfill switches), IB as
 * the broker with its order journal, the built-in simulated TWS ({@code --sim} and its settings) and
 * the session recording. {@link #session} runs one session: loop, gateway, store, connection,
 * recording, and everything closed at the end. Filled by picocli and used on the command's thread,
 * which becomes the engine thread.
 */
final class IbSessionOptions {

    @Option(names = "--notifyall", description = "Notify all messages to strategy as store notifs")
    boolean notifyall;

    @Option(names = "--debug", description = "Display all info received form IB")
    boolean debug;

    @Option(names = "--host", description = "Host for the Interactive Brokers TWS Connection (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--qcheck", description = "Timeout for periodic notification/resampling/replaying check (default: ${DEFAULT-VALUE})")
    double qcheck = 0.5;

    @Option(names = "--port", description = "Port for the Interactive Brokers TWS Connection (default: ${DEFAULT-VALUE})")
    int port = 7496;

    @Option(names = "--clientId", description = "Client Id to connect to TWS (default: random)")
    Integer clientId;

    @Option(names = "--no-timeoffset", description = "Do not Use TWS/System time offset for non timestamped prices and to align resampling")
    boolean noTimeoffset;

    @Option(names = "--reconnect", description = "Number of recconnection attempts to TWS (default: ${DEFAULT-VALUE})")
    int reconnect = 3;

    @Option(names = "--timeout", description = "Timeout between reconnection attempts to TWS (default: ${DEFAULT-VALUE})")
    double timeout = 3.0;

    @Option(names = "--account", description = "bt4j: the account to trade, one of TWS's managed accounts (default: the first)")
    String account;

    @Option(names = "--market-data", paramLabel = "TYPE", description = "bt4j: market data type: live, frozen, delayed, "
            + "delayed-frozen (default: ${DEFAULT-VALUE}; without a subscription live falls back to delayed)")
    String marketData = "live";

    @Option(names = "--no-delayed-fallback", description = "bt4j: when TWS has no market data subscription (354), end the "
            + "feed NOTSUBSCRIBED instead of switching to delayed data")
    boolean noDelayedFallback;

    @Option(names = "--data0", required = true, description = "data 0 into the system")
    String data0;

    @Option(names = "--data1", description = "data 1 into the system")
    String data1;

    @Option(names = "--timezone", description = "timezone to get time output into (tz database names)")
    String timezone;

    @Option(names = "--what", description = "specific price type for historical requests")
    String what;

    @Option(names = "--no-backfill_start", description = "Disable backfilling at the start")
    boolean noBackfillStart;

    @Option(names = "--latethrough", description = "if resampling replaying, adjusting time and disabling time offset, let late samples through")
    boolean latethrough;

    @Option(names = "--no-backfill", description = "Disable backfilling after a disconnection")
    boolean noBackfill;

    @Option(names = "--rtbar", description = "Use 5 seconds real time bar updates if possible")
    boolean rtbar;

    @Option(names = "--historical", description = "do only historical download")
    boolean historical;

    @Option(names = "--fromdate", description = "Starting date for historical download with format: YYYY-MM-DD[THH:MM:SS] (UTC)")
    String fromdate;

    @Option(names = "--replay", description = "replay to chosen timeframe")
    boolean replay;

    @Option(names = "--resample", description = "resample to chosen timeframe")
    boolean resample;

    @Option(names = "--timeframe", description = "TimeFrame for Resample/Replay: Ticks, MicroSeconds, Seconds, Minutes, Days, Weeks, Months, Years (default: ${DEFAULT-VALUE})")
    String timeframe = "Ticks";

    @Option(names = "--compression", description = "Compression for Resample/Replay (default: ${DEFAULT-VALUE})")
    int compression = 1;

    @Option(names = "--timeframe1", description = "TimeFrame for Resample/Replay - Data1")
    String timeframe1;

    @Option(names = "--compression1", description = "Compression for Resample/Replay - Data1")
    Integer compression1;

    @Option(names = "--no-takelate", description = "resample/replay, do not accept late samples in new bar if the data source let them through (latethrough)")
    boolean noTakelate;

    @Option(names = "--no-bar2edge", description = "no bar2edge for resample/replay")
    boolean noBar2edge;

    @Option(names = "--no-adjbartime", description = "no adjbartime for resample/replay")
    boolean noAdjbartime;

    @Option(names = "--no-rightedge", description = "no rightedge for resample/replay")
    boolean noRightedge;

    @Option(names = "--broker", description = "Use IB as broker")
    boolean broker;

    @Option(names = "--sim", description = "bt4j: start the built-in simulated TWS in-process on a free loopback port and connect to it")
    boolean sim;

    @Option(names = "--sim-fault", arity = "0..1", fallbackValue = "30s:connloss:20s", paramLabel = "SPEC",
            description = "bt4j (with --sim): script a fault on the simulated TWS, " + FaultSpec.GRAMMAR
                    + " (default when given alone: ${FALLBACK-VALUE}, the seed's 20-second outage 30 s after start)")
    String simFault;

    @Option(names = "--sim-participation", description = "bt4j (with --sim): share of the quoted size one order may take per tape event (default: ${DEFAULT-VALUE}; below 1 shows partial fills)")
    double simParticipation = 0.005;

    @Option(names = "--sim-read-only", description = "bt4j (with --sim): the simulated TWS's API is read-only (orders refused with error 321)")
    boolean simReadOnly;

    @Option(names = "--sim-no-subscription", split = ",", paramLabel = "SYMBOL", description = "bt4j (with --sim): "
            + "symbols the simulated account has no market data subscription for (354; delayed data on request)")
    List<String> simUnsubscribed = new ArrayList<>();

    @Option(names = "--sim-linked-accounts", split = ",", paramLabel = "ACCOUNT", description = "bt4j (with --sim): "
            + "further managed accounts of the simulated login (pick one with --account)")
    List<String> simLinkedAccounts = new ArrayList<>();

    @Option(names = "--journal", paramLabel = "FILE", description = "bt4j (with --broker): journal orders and delivered fills in this SQLite file; a restarted run re-attaches its working orders and never delivers a fill twice")
    Path journal;

    @Option(names = "--sim-virtual", description = "bt4j (with --sim): run the simulated TWS and this client on one virtual clock, starting at --sim-start: the session runs faster than real time and prints the same lines on every run")
    boolean simVirtual;

    @Option(names = "--sim-start", paramLabel = "INSTANT", description = "bt4j (with --sim-virtual): where the virtual clock starts, UTC (default: ${DEFAULT-VALUE})")
    String simStart = "2024-01-08T15:00:00Z";

    @Option(names = "--sim-seed", description = "bt4j (with --sim): the simulated market's random seed (default: ${DEFAULT-VALUE})")
    long simSeed = 1;

    @Option(names = "--record", paramLabel = "FILE", description = "bt4j: write every event the engine takes to this session journal; 'bt4j replay FILE' re-runs the session with no network and prints the same lines")
    Path record;

    /** Separates the recorded command's arguments in a journal's header. */
    static final String ARG_SEPARATOR = "\u001f";

    /** Set by {@code bt4j replay}: the session to take the events from instead of TWS. */
    SessionJournal.Reader replayFrom;

    /**
     * The header of a recording: the command's name ({@code ibtest}, {@code live}) and its
     * arguments but the recording option, separated by {@link #ARG_SEPARATOR}.
     */
    static String header(CommandSpec spec) {
        StringBuilder sb = new StringBuilder(spec.name());
        List<String> args = spec.commandLine().getParseResult().originalArgs(); // bt4j's, up to the command too
        for (int i = args.indexOf(spec.name()) + 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--record")) {
                i++;
            } else if (!a.startsWith("--record=")) {
                sb.append(ARG_SEPARATOR).append(a);
            }
        }
        return sb.toString();
    }

    /** Checks the options that do not need a connection; one line naming the first problem. */
    void validate() {
        if (replay && resample) {
            throw new BadInputException("--replay and --resample cannot be used together");
        }
        if (!(qcheck > 0)) {
            throw new BadInputException("--qcheck must be > 0, got " + qcheck);
        }
        if (!sim && (simFault != null || simReadOnly || !simUnsubscribed.isEmpty() || !simLinkedAccounts.isEmpty())) {
            throw new BadInputException("--sim-fault, --sim-read-only, --sim-no-subscription and --sim-linked-accounts need --sim");
        }
        if (journal != null && !broker) {
            throw new BadInputException("--journal needs --broker");
        }
        if (simVirtual && !sim) {
            throw new BadInputException("--sim-virtual needs --sim");
        }
        marketDataType();
        parseTimeFrame(timeframe, "--timeframe");
        if (timeframe1 != null) {
            parseTimeFrame(timeframe1, "--timeframe1");
        }
        if (fromdate != null) {
            parseDate(fromdate);
        }
    }

    private MarketDataType marketDataType() {
        try {
            return MarketDataType.parse(marketData);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--market-data: " + e.getMessage());
        }
    }

    /**
     * Runs one session: the loop (replaying {@link #replayFrom} when set), the simulated TWS with
     * {@code --sim}, the store connected (one line on stderr and exit code 1 when it cannot), the
     * recording with {@code header} (a command name and its arguments), then {@code run}; everything
     * is closed at the end, whatever happens.
     */
    int session(String header, Function<IbStore, Integer> run) {
        validate();
        boolean replaying = replayFrom != null;
        Clock clock = simVirtual && !replaying ? virtualStart() : new SystemClock();
        clock.join(); // this thread is the engine thread: virtual time waits while it works
        EngineLoop loop = replaying ? EngineLoop.replaying(replayFrom) : new EngineLoop(clock);
        Gateway gw = sim && !replaying ? startGateway(clock) : null;
        String h = sim ? "127.0.0.1" : host;
        int p = gw != null ? gw.port() : port;
        IbStore store = new IbStore(new IbStoreParams(h, p, clientId, notifyall, debug, reconnect, timeout,
                !noTimeoffset, 60.0, true), loop);
        store.marketDataType(marketDataType()).delayedFallback(!noDelayedFallback).account(account);
        SessionJournal.Writer recorder = null;
        if (record != null && !replaying) {
            recorder = SessionJournal.create(record, header, loop.now());
            loop.record(recorder);
        }
        try {
            if (!store.start()) {
                List<org.bt4j.feed.StoreNotice> why = store.drainNotifications();
                String reason = why.isEmpty() ? "no answer" : why.get(why.size() - 1).message();
                System.err.println("bt4j: cannot connect to TWS at " + h + ":" + p + " after " + (reconnect + 1)
                        + " attempt(s): " + reason);
                return 1;
            }
            return run.apply(store);
        } finally {
            store.stop();
            if (gw != null) {
                gw.close();
            }
            if (recorder != null) {
                recorder.close();
            }
        }
    }

    private VirtualClock virtualStart() {
        try {
            return new VirtualClock(SimulatedClock.at(simStart).nanos());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("--sim-start: '" + simStart + "' is not an ISO instant like 2024-01-08T15:00:00Z");
        }
    }

    private Gateway startGateway(Clock clock) {
        // the 24-hour market: a session must trade on any day of the week, at any hour
        GatewayConfig.Builder b = GatewayConfig.builder().port(0).adminPort(-1).statePath(null).followHours(false)
                .participation(simParticipation).readOnly(simReadOnly).seed(simSeed).clock(clock);
        if (simParticipation < 1) {
            b.bookLevels(1); // a share of the touch only, as --sim-participation promises: partial fills to watch
        }
        simUnsubscribed.forEach(b::unsubscribed);
        simLinkedAccounts.forEach(b::linkedAccount);
        if (simFault != null) {
            try {
                b.fault(FaultSpec.parse(simFault));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--sim-fault: " + e.getMessage());
            }
        }
        return Gateway.start(b.build());
    }

    /** The qcheck interval. */
    Duration qcheckDuration() {
        return Duration.ofNanos((long) (qcheck * 1e9));
    }

    /**
     * Adds data0 (and data1) on {@code store} to {@code cerebro}, resampled or replayed as asked,
     * and returns the IB feed of data0.
     */
    IbData addFeeds(Cerebro cerebro, IbStore store) {
        TimeFrame tf = parseTimeFrame(timeframe, "--timeframe");
        TimeFrame tf1 = timeframe1 == null ? tf : parseTimeFrame(timeframe1, "--timeframe1");
        int comp1 = compression1 == null ? compression : compression1;
        IbData ib0 = feed(store, data0, tf, compression);
        cerebro.addData(wrap(ib0, tf, compression));
        if (data1 != null) {
            IbData ib1 = data1.equals(data0) ? ib0 : feed(store, data1, tf1, comp1);
            cerebro.addData(wrap(ib1, tf1, comp1));
        }
        return ib0;
    }

    /**
     * With {@code --broker}: IB as the broker of {@code cerebro} (with {@code --journal}, journalled
     * in that file, which {@code onJournal} receives to close after the run); null otherwise.
     */
    IbBroker addBroker(Cerebro cerebro, IbStore store, java.util.function.Consumer<OrderJournal> onJournal) {
        if (!broker) {
            return null;
        }
        IbBroker b = store.getBroker();
        if (journal != null) {
            OrderJournal j = SqliteOrderJournal.open(journal, store.loop()::now); // stamped with the engine's reading
            onJournal.accept(j);
            b.journal(j);
        }
        cerebro.setBroker(b);
        return b;
    }

    private IbData feed(IbStore store, String name, TimeFrame tf, int comp) {
        IbDataParams dp = IbDataParams.of().historical(historical).rtbar(rtbar)
                .qcheck(qcheckDuration()).what(what).backfillStart(!noBackfillStart)
                .backfill(!noBackfill).latethrough(latethrough).tz(timezone);
        if (fromdate != null) {
            dp.fromdate(parseDate(fromdate));
        }
        boolean aggregateAtSource = resample && !customEdges();
        if (resample || replay) {
            dp.timeframe(aggregateAtSource ? tf : TimeFrame.Ticks, aggregateAtSource ? comp : 1);
        } else {
            dp.timeframe(tf, comp);
        }
        return store.getData(name, dp);
    }

    /** The edge switches ask for backtrader's resampler over ticks rather than IB-edged bars at the source. */
    private boolean customEdges() {
        return noBar2edge || noAdjbartime || noRightedge || noTakelate;
    }

    private DataFeed wrap(IbData d, TimeFrame tf, int comp) {
        if (!replay && !(resample && customEdges())) {
            return d;
        }
        ResampleParams rp = (replay ? ResampleParams.replay(tf, comp) : ResampleParams.resample(tf, comp))
                .withBar2edge(!noBar2edge).withAdjbartime(!noAdjbartime).withRightedge(!noRightedge)
                .withTakelate(!noTakelate);
        return replay ? new ReplayedFeed(d, rp) : new ResampledFeed(d, rp);
    }

    static TimeFrame parseTimeFrame(String name, String option) {
        try {
            TimeFrame t = TimeFrame.parse(name);
            if (t == TimeFrame.NoTimeFrame) {
                throw new IllegalArgumentException("unknown timeframe '" + name + "'");
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    static long parseDate(String text) {
        try {
            LocalDateTime t = text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
            return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        } catch (DateTimeParseException e) {
            throw new BadInputException("--fromdate: '" + text + "' is not YYYY-MM-DD[THH:MM:SS]");
        }
    }
}
