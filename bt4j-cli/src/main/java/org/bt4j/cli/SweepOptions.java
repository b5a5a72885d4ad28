package org.bt4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.analyzer.Analyzers;
import org.bt4j.opt.ParamGrid;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.StrategyRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What a parameter sweep runs, as a picocli mixin shared by {@code optimize} and {@code walkforward}:
 * the strategy ({@code --strategy}, {@code --strategy-jar}), the grid ({@code --param}), the broker
 * options and the analyzers. Filled by picocli and read on the command's thread; not thread-safe.
 */
final class SweepOptions {

    @Option(names = "--strategy", required = true, description = "strategy name or class name")
    String strategy;

    @Option(names = "--strategy-jar", description = "jar file(s) to load a user strategy class from")
    List<Path> strategyJars = new ArrayList<>();

    @Option(names = "--param", required = true, description = "grid axis NAME=START:STOP[:STEP] | A,B,C | VALUE (repeatable)")
    List<String> params = new ArrayList<>();

    @Mixin
    BrokerOptions broker;

    @Option(names = "--analyzer", description = "analyzer name (repeatable), reported per combination")
    List<String> analyzers = new ArrayList<>();

    /** The grid, parsed (one-line errors). */
    ParamGrid grid() {
        return ParamGrid.parse(params);
    }

    /** The strategy class, loaded as {@code backtest} loads it. */
    Class<? extends Strategy> strategyClass() {
        return StrategyRegistry.resolve(strategy, strategyJars.toArray(new Path[0]));
    }

    /** Each {@code --analyzer} by name, its name checked now. */
    Map<String, Supplier<? extends Analyzer>> analyzerFactories() {
        Map<String, Supplier<? extends Analyzer>> out = new LinkedHashMap<>();
        for (String name : analyzers) {
            Analyzers.create(name);
            out.put(name, () -> Analyzers.create(name));
        }
        return out;
    }
}
