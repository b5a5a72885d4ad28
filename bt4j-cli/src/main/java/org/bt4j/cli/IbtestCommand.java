package org.bt4j.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.engine.Cerebro;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.loop.EngineLoop;
import org.bt4j.order.ExecType;
import org.bt4j.order.Validity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--smaperiod", description = "Period to apply to the Simple Moving Average (default: ${DEFAULT-VALUE})")
    int smaperiod = 5;

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

    @Mixin
    IbSessionOptions session;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        validate();
        return session.session(IbSessionOptions.header(spec), this::run);
    }

    private void validate() {
        if (stoptrail && traillimit || (stoptrail || traillimit) && (oca || bracket) || oca && bracket) {
            throw new BadInputException("--stoptrail, --traillimit, --oca and --bracket cannot be combined");
        }
        if (trailamount != null && trailpercent != null) {
            throw new BadInputException("--trailamount and --trailpercent cannot be used together");
        }
        if (exactbars < -2 || exactbars > 1) {
            throw new BadInputException("--exactbars must be -2, -1, 0 or 1, got " + exactbars);
        }
        if (stake < 1) {
            throw new BadInputException("--stake must be >= 1, got " + stake);
        }
    }

    private int run(IbStore store) {
        Cerebro cerebro = new Cerebro().loop(store.loop()).live(true).exactbars(exactbars)
                .qcheck(session.qcheckDuration());
        IbData ib0 = session.addFeeds(cerebro, store);
        List<OrderJournal> journals = new ArrayList<>(1);
        IbBroker b = session.addBroker(cerebro, store, journals::add);
        cerebro.addStore(store);
        EngineLoop loop = store.loop();
        cerebro.addStrategy(new IbtestStrategy(strategyParams(), System.out, cerebro::runstop, loop::now, ib0::tz,
                () -> ib0.contractDetails() == null ? null : ib0.contractDetails().timeZoneId(),
                ref -> b == null ? null : b.ibOrder(ref)));
        try {
            cerebro.run();
        } finally {
            for (OrderJournal j : journals) {
                j.close();
            }
        }
        if (plot && exactbars < 1) {
            System.err.println("bt4j: --plot: live runs are not plotted (bt4j backtest --plot charts a CSV run)");
        }
        return 0;
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
}
