package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static Instrument.Builder stock() {
        return Instrument.builder("AAPL", SecType.STK).conId(265598);
    }

    @Test
    void namesDefaultToTheSymbol() {
        Instrument i = stock().build();
        assertEquals("AAPL", i.localSymbol());
        assertEquals("AAPL", i.tradingClass());
        assertEquals("AAPL", i.marketName());
        assertEquals("AAPL", i.longName());
        assertEquals("AAPL", i.underSymbol());
        assertEquals("SMART", i.validExchanges());
        assertEquals("COMMON", i.stockType());
        assertEquals("US/Eastern", i.ibTimeZoneId());
        assertEquals(ZoneId.of("US/Eastern"), i.zone());
        Instrument fut = Instrument.builder("ES", SecType.FUT).conId(1).localSymbol("ESH4").tradingClass("ES")
                .exchange("GLOBEX").build();
        assertEquals("", fut.stockType(), "only stocks have a stock type");
        assertEquals("ES", fut.marketName(), "market name follows the trading class");
        assertEquals("GLOBEX", fut.validExchanges());
    }

    @Test
    void liquidHoursFallBackToTradingHours() {
        Instrument i = stock().tradingHours("MON-FRI 0000-2400").liquidHours(null).build();
        assertEquals(i.tradingHours().spec(), i.liquidHours().spec());
    }

    @Test
    void badValuesAreRejectedNamingTheInstrument() {
        assertMessage("conId must be positive for AAPL: 0", Instrument.builder("AAPL", SecType.STK));
        assertMessage("minTick must be positive for AAPL: 0.0", stock().minTick(0));
        assertMessage("minTick must be positive for AAPL: NaN", stock().minTick(Double.NaN));
        assertMessage("price must be positive for AAPL: -1.0", stock().price(-1));
        assertThrows(IllegalArgumentException.class, () -> stock().timeZone("Mars/Olympus").build());
        assertThrows(NullPointerException.class, () -> Instrument.builder(null, SecType.STK));
    }

    private static void assertMessage(String expected, Instrument.Builder b) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, b::build).getMessage());
    }

    @Test
    void multiplierIsOneWhenEmpty() {
        assertEquals(1.0, stock().build().multiplierValue());
        assertEquals(50.0, Instrument.builder("ES", SecType.FUT).conId(1).multiplier("50").build().multiplierValue());
    }

    @Test
    void tickArithmeticGivesTheDecimalPrice() {
        Instrument cent = stock().build();
        assertEquals(185.49, cent.priceOfTicks(18_549));
        assertEquals(0.07, cent.priceOfTicks(7));
        assertEquals(185.49, cent.roundToTick(185.4949));
        assertEquals(185.50, cent.roundToTick(185.495001));
        Instrument es = Instrument.builder("ES", SecType.FUT).conId(1).minTick(0.25).price(4800).build();
        assertEquals(4801.25, es.roundToTick(4801.13)); // 19 204.52 ticks → 19 205
        assertEquals(4801.00, es.roundToTick(4801.12)); // 19 204.48 ticks → 19 204
        Instrument eur = Instrument.builder("EUR", SecType.CASH).conId(2).minTick(0.00005).price(1.1).build();
        assertEquals(1.08725, eur.priceOfTicks(21_745));
    }

    @Test
    void onTickToleratesFloatingPointNoise() {
        Instrument cent = stock().build();
        assertTrue(cent.onTick(0.1 + 0.2)); // 0.30000000000000004
        assertTrue(cent.onTick(185.49));
        assertFalse(cent.onTick(185.495));
        Instrument es = Instrument.builder("ES", SecType.FUT).conId(1).minTick(0.25).build();
        assertTrue(es.onTick(4801.75));
        assertFalse(es.onTick(4801.10));
    }

    @Test
    void identityIsTheContractId() {
        Instrument a = stock().build();
        Instrument b = stock().price(50).localSymbol("AAPL.OLD").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, stock().conId(1).build());
    }

    @Test
    void tapeKeyIsStableAndDistinguishesContracts() {
        assertEquals(stock().build().tapeKey(), stock().build().tapeKey());
        assertNotEquals(stock().build().tapeKey(), stock().conId(1).build().tapeKey());
        assertNotEquals(stock().build().tapeKey(), stock().localSymbol("AAPL2").build().tapeKey());
    }

    @Test
    void quotesAndTradesDependOnTheSecurityType() {
        assertTrue(stock().build().hasTrades());
        assertTrue(stock().build().hasQuotes());
        Instrument eur = Instrument.builder("EUR", SecType.CASH).conId(2).build();
        assertFalse(eur.hasTrades(), "forex quotes only");
        assertTrue(eur.hasQuotes());
        Instrument spx = Instrument.builder("SPX", SecType.IND).conId(3).tradable(false).build();
        assertFalse(spx.hasQuotes(), "indices print values only");
        assertTrue(spx.hasTrades());
        assertFalse(spx.tradable());
    }

    @Test
    void describesItself() {
        assertEquals("AAPL STK SMART USD #265598", stock().build().toString());
    }
}
