package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContractQueryTest {

    @Test
    void nullsBecomeEmptyAndBlanksAreTrimmed() {
        ContractQuery q = new ContractQuery(0, " AAPL ", null, null, 0, null, null, " SMART", null, null, null);
        assertEquals("AAPL", q.symbol());
        assertEquals("", q.secType());
        assertEquals("", q.expiry());
        assertEquals("", q.right());
        assertEquals("", q.multiplier());
        assertEquals("SMART", q.exchange());
        assertEquals("", q.currency());
        assertEquals("", q.localSymbol());
        assertEquals("", q.tradingClass());
    }

    @Test
    void factoriesLeaveEverythingElseOpen() {
        assertEquals(new ContractQuery(0, "ES", "FUT", "", 0, "", "", "", "", "", ""), ContractQuery.of("ES", "FUT"));
        assertEquals(new ContractQuery(265598, "", "", "", 0, "", "", "", "", "", ""), ContractQuery.ofConId(265598));
    }

    @Test
    void describesOnlyTheFieldsGiven() {
        assertEquals("AAPL STK", ContractQuery.of("AAPL", "STK").describe());
        assertEquals("conId=265598", ContractQuery.ofConId(265598).describe());
        assertEquals("AAPL OPT 20240119 C SMART USD strike=185.0",
                new ContractQuery(0, "AAPL", "OPT", "20240119", 185, "C", "100", "SMART", "USD", "", "").describe());
        assertEquals("ESH4 FUT GLOBEX", new ContractQuery(0, "", "FUT", "", 0, "", "", "GLOBEX", "", "ESH4", "")
                .describe(), "the local symbol stands in for a missing symbol");
    }
}
