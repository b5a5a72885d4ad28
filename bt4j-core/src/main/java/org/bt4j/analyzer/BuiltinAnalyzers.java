package org.bt4j.analyzer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@link AnalyzerProvider} of bt4j's built-in analyzers, by backtrader's class names, each
 * with its default parameters. Registered in {@code META-INF/services}. Thread-safe: an
 * immutable table of constructors.
 */
public final class BuiltinAnalyzers implements AnalyzerProvider {

    private static final Map<String, Supplier<Analyzer>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("AnnualReturn", AnnualReturn::new);
        FACTORIES.put("Calmar", Calmar::new);
        FACTORIES.put("DrawDown", DrawDown::new);
        FACTORIES.put("GrossLeverage", GrossLeverage::new);
        FACTORIES.put("LogReturnsRolling", LogReturnsRolling::new);
        FACTORIES.put("PeriodStats", PeriodStats::new);
        FACTORIES.put("PositionsValue", PositionsValue::new);
        FACTORIES.put("Returns", Returns::new);
        FACTORIES.put("SharpeRatio", SharpeRatio::new);
        FACTORIES.put("SharpeRatio_A", SharpeRatio_A::new);
        FACTORIES.put("SQN", SQN::new);
        FACTORIES.put("TimeDrawDown", TimeDrawDown::new);
        FACTORIES.put("TimeReturn", TimeReturn::new);
        FACTORIES.put("TradeAnalyzer", TradeAnalyzer::new);
        FACTORIES.put("Transactions", Transactions::new);
        FACTORIES.put("VWR", VWR::new);
    }

    @Override
    public Set<String> names() {
        return FACTORIES.keySet();
    }

    @Override
    public Analyzer create(String name) {
        Supplier<Analyzer> f = FACTORIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("not a built-in analyzer: " + name);
        }
        return f.get();
    }
}
