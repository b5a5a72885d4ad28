package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;

/** {@link Analyzers}: lookup by backtrader's names through the installed providers, one-line errors. */
class AnalyzersTest {

    @Test
    void createsAFreshAnalyzerByName() {
        assertInstanceOf(DrawDown.class, Analyzers.create("DrawDown"));
        assertInstanceOf(SharpeRatio.class, Analyzers.create("SharpeRatio"));
        assertInstanceOf(Returns.class, Analyzers.create("Returns"));
        assertNotSame(Analyzers.create("TradeAnalyzer"), Analyzers.create("TradeAnalyzer"));
    }

    @Test
    void unknownNameIsOneLineListingTheKnownNames() {
        BadInputException e = assertThrows(BadInputException.class, () -> Analyzers.create("Nope"));
        assertTrue(e.getMessage().startsWith("unknown analyzer 'Nope'; valid: "), e.getMessage());
        assertTrue(e.getMessage().contains("DrawDown, "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
