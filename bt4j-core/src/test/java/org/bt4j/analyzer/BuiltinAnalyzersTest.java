package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * {@link BuiltinAnalyzers}: every backtrader analyzer bt4j implements, under its backtrader class
 * name, each call a new instance of the class of that name; registered as a service.
 */
class BuiltinAnalyzersTest {

    @Test
    void everyNameCreatesANewAnalyzerOfThatClass() {
        BuiltinAnalyzers p = new BuiltinAnalyzers();
        assertEquals(List.of("AnnualReturn", "Calmar", "DrawDown", "GrossLeverage", "LogReturnsRolling", "PeriodStats",
                "PositionsValue", "Returns", "SharpeRatio", "SharpeRatio_A", "SQN", "TimeDrawDown", "TimeReturn",
                "TradeAnalyzer", "Transactions", "VWR"), List.copyOf(p.names()));
        for (String name : p.names()) {
            Analyzer a = p.create(name);
            assertEquals(name, a.getClass().getSimpleName());
            assertNotSame(a, p.create(name));
        }
    }

    @Test
    void unknownNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BuiltinAnalyzers().create("Sortino"));
        assertEquals("not a built-in analyzer: Sortino", e.getMessage());
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        boolean found = false;
        for (AnalyzerProvider p : ServiceLoader.load(AnalyzerProvider.class)) {
            found |= p instanceof BuiltinAnalyzers;
        }
        assertTrue(found);
    }
}
