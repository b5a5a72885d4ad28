package org.bt4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.StrategyRegistry;
import picocli.CommandLine.Option;

/**
 * The strategy options shared as a picocli mixin by {@code backtest} and {@code live}: a built-in
 * name or a class name ({@code --strategy}), the jars to load it from ({@code --strategy-jar}) and
 * its parameters ({@code --param key=value}, text converted to each parameter's type). Filled by
 * picocli and read on the command's thread; not thread-safe.
 */
final class StrategyOptions {

    @Option(names = "--strategy", required = true, description = "strategy name or class name")
    String strategy;

    @Option(names = "--strategy-jar", description = "jar file(s) to load a user strategy class from")
    List<Path> strategyJars = new ArrayList<>();

    @Option(names = "--param", description = "strategy parameter key=value (repeatable)")
    List<String> params = new ArrayList<>();

    /** The jars as an array. */
    Path[] jars() {
        return strategyJars.toArray(new Path[0]);
    }

    /** The parameters by name, in the order given; one line naming a malformed {@code --param}. */
    Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param '" + p + "' is not key=value");
            }
            m.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        return m;
    }

    /** The strategy class (a built-in or one from the jars), checked before anything connects. */
    Class<? extends Strategy> type() {
        return StrategyRegistry.resolve(strategy, jars());
    }

    /** A new strategy with its parameters set (one line naming a bad parameter). */
    Strategy create() {
        return StrategyRegistry.instantiate(type(), "strategy " + strategy, params());
    }
}
