package org.bt4j.gateway.broker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.junit.jupiter.api.Test;

/**
 * The margin of a paper margin account, by IB's published stock rule (intraday initial margin 25 %
 * of the position's value, hence four times buying power) and its 201 refusal text.
 */
class MarginCheckTest {

    static final Instrument STOCK = Instrument.builder("XYZ", SecType.STK).conId(1).price(100).build();
    final Account account = new Account("DU1", "USD", 100_000);
    final Map<Integer, Instrument> universe = Map.of(1, STOCK);

    private String check(boolean buy, double qty) {
        return MarginCheck.check(account, universe::get, id -> 100.0, STOCK, buy, qty, 100.0);
    }

    @Test
    void anEmptyAccountCarriesFourTimesItsEquityInStock() {
        MarginCheck.Margin m = MarginCheck.of(account, universe::get, id -> 100.0);
        assertEquals(100_000, m.equityWithLoan());
        assertEquals(400_000, m.buyingPower());
        assertNull(check(true, 4_000), "400 000 of stock needs 100 000 of margin: exactly the equity");
        assertEquals("Your order is not accepted because your Equity with Loan Value of [100000 USD] is insufficient "
                + "to cover the Initial Margin requirement of [100025 USD]", check(true, 4_001));
        assertNotNull(check(false, 4_001), "a short sale needs the same margin");
    }

    @Test
    void aPositionUsesMarginAndClosingItAlwaysPasses() {
        account.apply(STOCK, true, 3_000, 100, 0);
        MarginCheck.Margin m = MarginCheck.of(account, universe::get, id -> 100.0);
        assertEquals(300_000, m.grossPositionValue());
        assertEquals(75_000, m.initialMargin());
        assertEquals(25_000, m.availableFunds());
        assertEquals(100_000, m.buyingPower());
        assertNotNull(check(true, 1_001));
        assertNull(check(false, 3_000), "closing frees margin");
        assertNull(check(false, 5_000), "flipping to 2 000 short needs less margin than the 3 000 long");
    }

    @Test
    void ratesFollowTheSecurityType() {
        assertEquals(0.25, MarginCheck.rate(STOCK));
        assertEquals(0.03, MarginCheck.rate(Instrument.builder("EUR", SecType.CASH).conId(2).price(1.1).build()));
        assertEquals(0.10, MarginCheck.rate(Instrument.builder("ES", SecType.FUT).conId(3).price(4800).build()));
        assertEquals(1.0, MarginCheck.rate(Instrument.builder("AAPL", SecType.OPT).conId(4).price(5).build()));
    }
}
