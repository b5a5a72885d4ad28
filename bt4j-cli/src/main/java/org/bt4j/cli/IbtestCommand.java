package org.bt4j.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.loop.EngineLoop;
import org.bt4j.loop.SessionJournal;
import org.bt4j.order.ExecType;
import org.bt4j.order.Validity;
import org.bt4j.resample.ReplayedFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.time.SystemClock;
import org.bt4j.time.TimeFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j ibtest}: backtrader's {@code ibtest} sample — the same options, defaults and output
 * lines — plus {@code --sim}, which starts the built-in gateway in-process on a free loopback port
 * and connects to it, and {@code --sim-fault}, which scripts the seed's outage on it (TWS loses
 * IB for 20 s: DELAYED, the missing bars backfilled, LIVE again). With {@code --record FILE} every
 * event the engine loop takes is written to a session journal that {@code bt4j replay FILE} re-runs
 * with no network, printing the same lines. Runs on the calling thread, which becomes the engine
 * thread.
 */
@Command(name = "ibtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Test Interactive Brokers integration (backtrader's ibtest sample).",
                "Use --sim to run against the built-in simulated TWS, e.g.:",
                "  bt4j ibtest --sim --data0 TWTR-STK-SMART-USD --resample --timeframe Seconds --compression 5 "
                        + "--broker --trade --stopafter 12"})
public final class IbtestCommand implements Callable<Integer> {

    @Option(names = "--exactbars", description = "exactbars level, use 0/-1/-2 to enable plotting (default: ${DEFAULT-VALUE})")
    int exactbars = 1;

    @Option(names = "--plot", description = "Plot if possible (live runs are not plotted; use bt4j backtest --plot)")
    boolean plot;

    @Option(names = "--stopafter", description = "Stop after x lines of LIVE data (default: ${DEFAULT-VALUE})")
    int stopafter;

    @Option(names = "--usestore", description = "Use the store pattern (bt4j always does)")
    boolean usestore;

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

    @Option(names = "--smaperiod", description = "Period to apply to the Simple Moving Average (default: ${DEFAULT-VALUE})")
    int smaperiod = 5;

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

    @Option(names = "--trade", description = "Do Sample Buy/Sell operations")
    boolean trade;

    @Option(names = "--donotsell", description = "Do not sell after a buy")
    boolean donotsell;

    @Option(names = "--exectype", description = "Execution to Use when opening position: Market, Close, Limit, Stop, StopLimit, StopTrail, StopTrailLimit (default: ${DEFAULT-VALUE})")
    String exectype = "Market";

    @Option(names = "--stake", description = "Stake to use in buy operations (default: ${DEFAULT-VALUE})")
    int stake = 10;

    @Option(names = "--valid", description = "Seconds to keep the order alive (0 means DAY)")
    Integer valid;

    @Option(names = "--stoptrail", description = "Issue a stoptrail after buying (do not sell)")
    boolean stoptrail;

    @Option(names = "--traillimit", description = "Issue a stoptraillimit after buying (do not sell)")
    boolean traillimit;

    @Option(names = "--oca", description = "Test oca by putting 2 orders in a group")
    boolean oca;

    @Option(names = "--bracket", description = "Test bracket orders by issuing high/low sides")
    boolean bracket;

    @Option(names = "--trailamount", description = "trailamount for StopTrail order")
    Double trailamount;

    @Option(names = "--trailpercent", description = "trailpercent for StopTrail order")
    Double trailpercent;

    @Option(names = "--limitoffset", description = "limitoffset for StopTrailLimit orders")
    Double limitoffset;

    @Option(names = "--cancel", description = "Cancel a buy order after n bars in operation, to be combined with orders like Limit (default: ${DEFAULT-VALUE})")
    int cancel;

    @Option(names = "--sim", description = "bt4j: start the built-in simulated TWS in-process on a free loopback port and connect to it")
    boolean sim;

    @Option(names = "--sim-fault", arity = "0..1", fallbackValue = "30s:connloss:20s", paramLabel = "SPEC",
            description = "bt4j (with --sim): script a fault on the simulated TWS, " + FaultSpec.GRAMMAR
                    + " (default when given alone: ${FALLBACK-VALUE}, the seed's 20-second outage 30 s after start)")
    String simFault;

    @Option(names = "--sim-participation", description = "bt4j (with --sim): share of the quoted size one order may take per tape event (default: ${DEFAULT-VALUE}; below 1 shows partial fills)")
    double simParticipation = 0.005;

    @Option(names = "--journal", paramLabel = "FILE", description = "bt4j (with --broker): journal orders and delivered fills in this SQLite file; a restarted run re-attaches its working orders and never delivers a fill twice")
    java.nio.file.Path journal;

    @Option(names = "--record", paramLabel = "FILE", description = "bt4j: write every event the engine takes to this session journal; 'bt4j replay FILE' re-runs the session with no network and prints the same lines")
    java.nio.file.Path record;

    /** Separates the recorded command's arguments in a journal's header. */
    static final String ARG_SEPARATOR = "\u001f";

    @Spec
    CommandSpec spec;

    /** Set by {@code bt4j replay}: the session to take the events from instead of TWS. */
    SessionJournal.Reader replayFrom;


    @Override
    public Integer call() {
        validate();
        boolean replaying = replayFrom != null;
        EngineLoop loop = replaying ? EngineLoop.replaying(replayFrom) : new EngineLoop(new SystemClock());
        Gateway gw = sim && !replaying ? startGateway() : null;
        String h = sim ? "127.0.0.1" : host;
        int p = gw != null ? gw.port() : port;
        IbStore store = new IbStore(new IbStoreParams(h, p, clientId, notifyall, debug, reconnect, timeout,
                !noTimeoffset, 60.0, true), loop);
        SessionJournal.Writer recorder = null;
        if (record != null && !replaying) {
            recorder = SessionJournal.create(record, recordedArgs(), loop.now());
            loop.record(recorder);
        }
        try {
            if (!store.start()) {
                List<String> why = store.drainNotifications();
                String reason = why.isEmpty() ? "no answer" : why.get(why.size() - 1);
                System.err.println("bt4j: cannot connect to TWS at " + h + ":" + p + " after " + (reconnect + 1)
                        + " attempt(s): " + reason);
                return 1;
            }
            return run(store);
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

    /** The header of a recording: "ibtest" and this run's arguments but the recording option. */
    private String recordedArgs() {
        StringBuilder sb = new StringBuilder("ibtest");
        List<String> args = spec.commandLine().getParseResult().originalArgs(); // bt4j's, up to "ibtest" too
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

    private void validate() {
        if (replay && resample) {
            throw new BadInputException("--replay and --resample cannot be used together");
        }
        if (stoptrail && traillimit || (stoptrail || traillimit) && (oca || bracket) || oca && bracket) {
            throw new BadInputException("--stoptrail, --traillimit, --oca and --bracket cannot be combined");
        }
        if (trailamount != null && trailpercent != null) {
            throw new BadInputException("--trailamount and --trailpercent cannot be used together");
        }
        if (exactbars < -2 || exactbars > 1) {
            throw new BadInputException("--exactbars must be -2, -1, 0 or 1, got " + exactbars);
        }
        if (!(qcheck > 0)) {
            throw new BadInputException("--qcheck must be > 0, got " + qcheck);
        }
        if (simFault != null && !sim) {
            throw new BadInputException("--sim-fault needs --sim");
        }
        if (stake < 1) {
            throw new BadInputException("--stake must be >= 1, got " + stake);
        }
    }

    private Gateway startGateway() {
        // the 24-hour market: the demo must trade on any day of the week, at any hour
        GatewayConfig.Builder b = GatewayConfig.builder().port(0).adminPort(-1).statePath(null).followHours(false)
                .participation(simParticipation);
        if (simParticipation < 1) {
            b.bookLevels(1); // a share of the touch only, as --sim-participation promises: partial fills to watch
        }
        if (simFault != null) {
            try {
                b.fault(FaultSpec.parse(simFault));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--sim-fault: " + e.getMessage());
            }
        }
        return Gateway.start(b.build());
    }

    private int run(IbStore store) {
        Cerebro cerebro = new Cerebro().loop(store.loop()).live(true).exactbars(exactbars)
                .qcheck(Duration.ofNanos((long) (qcheck * 1e9)));
        TimeFrame tf = parseTimeFrame(timeframe, "--timeframe");
        TimeFrame tf1 = timeframe1 == null ? tf : parseTimeFrame(timeframe1, "--timeframe1");
        int comp1 = compression1 == null ? compression : compression1;
        IbData ib0 = feed(store, data0, tf, compression);
        cerebro.addData(wrap(ib0, tf, compression));
        if (data1 != null) {
            IbData ib1 = data1.equals(data0) ? ib0 : feed(store, data1, tf1, comp1);
            cerebro.addData(wrap(ib1, tf1, comp1));
        }
        IbBroker ibBroker = null;
        if (journal != null && !broker) {
            throw new BadInputException("--journal needs --broker");
        }
        org.bt4j.ib.journal.OrderJournal orderJournal = null;
        if (broker) {
            ibBroker = new IbBroker(store);
            if (journal != null) {
                orderJournal = org.bt4j.ib.journal.SqliteOrderJournal.open(journal);
                ibBroker.journal(orderJournal);
            }
            cerebro.setBroker(ibBroker);
        }
        cerebro.addStore(store);
        IbBroker b = ibBroker;
        EngineLoop loop = store.loop();
        cerebro.addStrategy(new IbtestStrategy(strategyParams(), System.out, cerebro::runstop, loop::now, ib0::tz,
                () -> ib0.contractDetails() == null ? null : ib0.contractDetails().timeZoneId(),
                ref -> b == null ? null : b.ibOrder(ref)));
        try {
            cerebro.run();
        } finally {
            if (orderJournal != null) {
                orderJournal.close();
            }
        }
        if (plot && exactbars < 1) {
            System.err.println("bt4j: --plot: live runs are not plotted (bt4j backtest --plot charts a CSV run)");
        }
        return 0;
    }

    private IbData feed(IbStore store, String name, TimeFrame tf, int comp) {
        IbDataParams dp = IbDataParams.of().historical(historical).rtbar(rtbar)
                .qcheck(Duration.ofNanos((long) (qcheck * 1e9))).what(what).backfillStart(!noBackfillStart)
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
        return new IbData(store, name, dp);
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

    private IbtestStrategy.Params strategyParams() {
        IbtestStrategy.Params sp = new IbtestStrategy.Params();
        sp.smaperiod = smaperiod;
        sp.trade = trade;
        sp.stake = stake;
        try {
            sp.exectype = ExecType.parse(exectype);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--exectype: " + e.getMessage());
        }
        sp.stopafter = stopafter;
        sp.valid = valid == null ? null : valid == 0 ? Validity.day() : Validity.after(Duration.ofSeconds(valid));
        sp.cancel = cancel;
        sp.donotsell = donotsell;
        sp.stoptrail = stoptrail;
        sp.stoptraillimit = traillimit;
        sp.trailamount = trailamount == null ? 0.0 : trailamount;
        sp.trailpercent = trailpercent == null ? 0.0 : trailpercent;
        sp.limitoffset = limitoffset == null ? 0.0 : limitoffset;
        sp.oca = oca;
        sp.bracket = bracket;
        return sp;
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
