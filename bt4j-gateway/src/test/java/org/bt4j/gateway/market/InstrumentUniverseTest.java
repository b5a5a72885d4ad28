package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InstrumentUniverseTest {

    private final InstrumentUniverse u = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 5));

    @Test
    void listsEverySecurityTypeWithRealisticDetails() {
        for (SecType t : SecType.values()) {
            assertFalse(u.all().stream().noneMatch(i -> i.secType() == t), "missing " + t);
        }
        Instrument es = u.resolve(new ContractQuery(0, "ES", "FUT", "202403", 0, "", "", "GLOBEX", "USD", "", ""));
        assertNotNull(es);
        assertEquals("20240315", es.expiry());
        assertEquals("ESH4", es.localSymbol());
        assertEquals(0.25, es.minTick());
        assertEquals("50", es.multiplier());
        assertEquals("US/Central", es.ibTimeZoneId());
        Instrument dax = u.resolve(ContractQuery.of("DAX", "IND"));
        assertEquals("Europe/Berlin", dax.zone().getId());
        assertFalse(dax.tradable());
        Instrument eur = u.resolve(new ContractQuery(0, "EUR", "CASH", "", 0, "", "", "IDEALPRO", "USD", "", ""));
        assertEquals(12087792, eur.conId());
        assertFalse(eur.hasTrades());
    }

    @Test
    void lookupByConIdSmartRoutingAndAmbiguity() {
        assertEquals("AAPL", u.resolve(ContractQuery.ofConId(265598)).symbol());
        assertNotNull(u.resolve(new ContractQuery(0, "AAPL", "STK", "", 0, "", "", "SMART", "USD", "", "")));
        assertNotNull(u.resolve(new ContractQuery(0, "AAPL", "STK", "", 0, "", "", "NASDAQ", "USD", "", "")));
        assertEquals(1 + 4 * 9 * 2, u.find(ContractQuery.of("AAPL", "")).size(),
                "the stock and its option chain (4 expiries, 9 strikes, calls and puts) share the symbol");
        assertEquals(4, u.find(ContractQuery.of("ES", "FUT")).size(), "four quarterly E-mini months");
        assertTrue(u.find(ContractQuery.of("NOPE", "STK")).isEmpty());
        assertNull(u.resolve(new ContractQuery(0, "AAPL", "STK", "", 0, "", "", "SMART", "EUR", "", "")));
        Instrument opt = u.resolve(new ContractQuery(0, "AAPL", "OPT", "20240119", 185, "CALL", "100", "SMART", "USD", "", ""));
        assertNotNull(opt);
        assertEquals(265598, opt.underConId());
    }

    @Test
    void ticksAreExactDecimals() {
        Instrument aapl = u.byConId(265598);
        assertEquals(185.49, aapl.priceOfTicks(18549));
        assertEquals(185.49, aapl.roundToTick(185.4900001));
        assertTrue(aapl.onTick(185.49));
        assertFalse(aapl.onTick(185.495));
    }
}
