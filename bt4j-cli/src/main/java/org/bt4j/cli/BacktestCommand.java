package org.bt4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.analyzer.Analyzers;
import org.bt4j.engine.Backtest;
import org.bt4j.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j backtest}: runs one strategy over one CSV file with backtrader's simulated broker
 * and prints the result as JSON (golden/README.md §3: final value and cash, position, orders,
 * trades, analyzers). Ends with a line on stderr giving the bars processed and bars per second.
 * Runs on the calling thread.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtests a strategy on a CSV file and prints the result as JSON.",
            "Built-in strategies: smacross, smacross-ls, bracket, targetpct, oco (or a Strategy class name).",
            "Example: bt4j backtest --data daily.csv --strategy smacross --param fast=5 --param slow=15 --json"})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Option(names = "--strategy", required = true, description = "strategy name or class name")
    String strategy;

    @Option(names = "--strategy-jar", description = "jar file(s) to load a user strategy class from")
    List<Path> strategyJars = new ArrayList<>();

    @Option(names = "--param", description = "strategy parameter key=value (repeatable)")
    List<String> params = new ArrayList<>();

    @Mixin
    BrokerOptions broker;

    @Option(names = "--slippage-perc", description = "percentage slippage (0.001 = 0.1%)")
    Double slippagePerc;

    @Option(names = "--coc", description = "cheat-on-close: Market orders fill at the close of their bar")
    boolean coc;

    @Option(names = "--analyzer", description = "analyzer name (repeatable), e.g. DrawDown")
    List<String> analyzers = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "runonce",
            description = "runonce (vectorised, default), runnext (bar by bar) or exactbars (streaming, bounded memory)")
    String mode;

    @Option(names = "--json", description = "print the result as JSON (the only output format)")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE", description = "also draw the run as a chart, FILE.png or FILE.svg")
    Path plot;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the HTML run report, FILE.html")
    Path report;

    @Option(names = "--writer", paramLabel = "FILE", description = "also write every line per bar and the run summary as CSV (backtrader's writer); - for stdout")
    String writer;

    @Override
    public Integer call() {
        Backtest bt = new Backtest();
        input.check();
        bt.cash(broker.cash());
        if (broker.commission != null) {
            bt.commission(broker.commission);
        }
        if (broker.mult != null) {
            bt.mult(broker.mult);
        }
        if (broker.margin != null) {
            bt.margin(broker.margin);
        }
        if (slippagePerc != null) {
            bt.slippagePerc(slippagePerc);
        }
        bt.coc(coc);
        bt.mode(parseMode(mode));
        bt.strategy(strategy, strategyJars.toArray(new Path[0]));
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param '" + p + "' is not key=value");
            }
            bt.param(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        for (String name : analyzers) {
            Analyzers.create(name);
            bt.analyzer(name, () -> Analyzers.create(name));
        }
        RunOutputs outputs = new RunOutputs(plot, report, writer);
        outputs.attach(bt, spec.commandLine().getOut());
        bt.data(input.feed());
        Backtest.Result r = bt.run();
        outputs.finish(r, strategy + " on " + input.data().getFileName(), RunOutputs.settings(this));
        Map<String, Object> out = new LinkedHashMap<>(r.summary());
        out.put("analyzers", new LinkedHashMap<>(r.analyses()));
        PrintWriter w = spec.commandLine().getOut();
        w.println(Json.pretty(out));
        w.flush();
        double secs = r.cerebro().runNanos() / 1e9;
        spec.commandLine().getErr().printf(Locale.ROOT, "bt4j: %d bars processed in %.3f s (%.0f bars/s)%n",
                r.bars(), secs, secs > 0 ? r.bars() / secs : 0.0);
        spec.commandLine().getErr().flush();
        return 0;
    }

    private static Backtest.Mode parseMode(String m) {
        switch (m.toLowerCase(Locale.ROOT)) {
            case "runonce":
                return Backtest.Mode.RUNONCE;
            case "runnext":
                return Backtest.Mode.RUNNEXT;
            case "exactbars":
                return Backtest.Mode.EXACTBARS;
            default:
                throw new BadInputException("--mode '" + m + "' is not one of runonce, runnext, exactbars");
        }
    }
}
