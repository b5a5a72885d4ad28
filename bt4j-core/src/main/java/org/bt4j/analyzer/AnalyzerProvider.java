package org.bt4j.analyzer;

import java.util.Set;

/**
 * Service-provider interface through which analyzers become available by backtrader's class name
 * (for {@code bt4j backtest --analyzer NAME}). Implementations are listed in
 * {@code META-INF/services/org.bt4j.analyzer.AnalyzerProvider}; they must be thread-safe
 * factories (each call returns a new analyzer).
 */
public interface AnalyzerProvider {

    /** The analyzer names this provider creates, e.g. {@code DrawDown}. */
    Set<String> names();

    /** A new analyzer called {@code name} with its default parameters. */
    Analyzer create(String name);
}
