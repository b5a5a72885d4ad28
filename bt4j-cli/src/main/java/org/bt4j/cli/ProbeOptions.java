package org.bt4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.indicator.IndicatorRegistry;
import org.bt4j.indicator.IndicatorRun;
import org.bt4j.research.IndicatorProbe;
import org.bt4j.research.Probe;
import org.bt4j.research.StrategyProbe;
import org.bt4j.strategy.builtin.StrategyRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What a {@code bt4j check} re-runs, as a picocli mixin: a strategy ({@code --strategy} with
 * {@code --strategy-jar}, loaded as {@code backtest} and {@code optimize} load it, and the broker
 * options) or one indicator ({@code --indicator}), each with {@code --param key=value}. Filled by
 * picocli and read on the command's thread; not thread-safe.
 */
final class ProbeOptions {

    @Option(names = "--strategy", description = "strategy name or class name (or use --indicator)")
    String strategy;

    @Option(names = "--strategy-jar", description = "jar file(s) to load a user strategy class from")
    List<Path> strategyJars = new ArrayList<>();

    @Option(names = "--indicator", description = "one indicator by name or alias (see 'bt4j indicator --help')")
    String indicator;

    @Option(names = "--param", description = "strategy or indicator parameter key=value (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "runonce", description = "runonce (default) or runnext")
    String mode;

    @Mixin
    BrokerOptions broker;

    /** The probe the options describe; every mistake is a one-line {@link BadInputException}. */
    Probe probe() {
        boolean runonce = runonce(mode);
        if ((strategy == null) == (indicator == null)) {
            throw new BadInputException("give exactly one of --strategy and --indicator");
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param '" + p + "' is not key=value");
            }
            raw.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        if (indicator != null) {
            IndicatorRegistry.Entry entry;
            try {
                entry = IndicatorRegistry.get(indicator);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--indicator: " + e.getMessage());
            }
            return new IndicatorProbe(entry, raw, runonce ? IndicatorRun.Mode.ONCE : IndicatorRun.Mode.NEXT);
        }
        broker.cash();
        return new StrategyProbe(StrategyRegistry.resolve(strategy, strategyJars.toArray(new Path[0])), raw,
            broker::newBroker, runonce);
    }

    /** {@code --mode}: true for runonce, false for runnext, else a one-line error. */
    static boolean runonce(String mode) {
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "runonce":
                return true;
            case "runnext":
                return false;
            default:
                throw new BadInputException("--mode '" + mode + "' is not one of runonce, runnext");
        }
    }

    /** What is checked, for the report's first line. */
    String describe() {
        return (indicator != null ? "indicator " + indicator : "strategy " + strategy)
            + (params.isEmpty() ? "" : " " + String.join(" ", params));
    }
}
