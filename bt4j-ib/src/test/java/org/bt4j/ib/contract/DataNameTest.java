package org.bt4j.ib.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.BadInputException;
import org.bt4j.ib.wire.Contract;
import org.junit.jupiter.api.Test;

class DataNameTest {

    private static Contract c(String symbol, String secType, String expiry, double strike, String right, String mult,
                              String exchange, String currency) {
        return new Contract(0, symbol, secType, expiry, strike, right, mult, exchange, "", currency, "", "", "", "");
    }

    @Test
    void stocksWithBacktraderDefaults() {
        assertEquals(c("AAPL", "STK", "", 0, "", "", "SMART", ""), DataName.parse("AAPL"));
        assertEquals(c("AAPL", "STK", "", 0, "", "", "SMART", ""), DataName.parse("AAPL-STK"));
        assertEquals(c("AAPL", "STK", "", 0, "", "", "ISLAND", ""), DataName.parse("AAPL-STK-ISLAND"));
        assertEquals(c("TWTR", "STK", "", 0, "", "", "SMART", "USD"), DataName.parse("TWTR-STK-SMART-USD"));
        assertEquals(c("BMW", "STK", "", 0, "", "", "IBIS", "EUR"), DataName.parse("BMW", "STK", "IBIS", "EUR"));
    }

    @Test
    void cashCfdAndIndex() {
        assertEquals(c("EUR", "CASH", "", 0, "", "", "IDEALPRO", "USD"), DataName.parse("EUR.USD-CASH-IDEALPRO"));
        assertEquals(c("SPY", "CFD", "", 0, "", "", "SMART", "USD"), DataName.parse("SPY-CFD-SMART-USD"));
        assertEquals(c("SPX", "IND", "", 0, "", "", "CBOE", ""), DataName.parse("SPX-IND-CBOE"));
        assertEquals(c("DAX", "IND", "", 0, "", "", "DTB", "EUR"), DataName.parse("DAX-IND-DTB-EUR"));
    }

    @Test
    void futures() {
        assertEquals(c("ES", "FUT", "201612", 0, "", "", "GLOBEX", "USD"), DataName.parse("ES-201612-GLOBEX-USD"));
        assertEquals(c("ES", "FUT", "201612", 0, "", "", "GLOBEX", ""), DataName.parse("ES-201612-GLOBEX"));
        assertEquals(c("ES", "FUT", "201612", 0, "", "50", "GLOBEX", "USD"), DataName.parse("ES-201612-GLOBEX-USD-50"));
        assertEquals(c("ES", "FUT", "201612", 0, "", "50", "GLOBEX", "USD"), DataName.parse("ES-FUT-GLOBEX-USD-201612-50"));
    }

    @Test
    void options() {
        assertEquals(c("AAPL", "OPT", "20170120", 150, "C", "", "SMART", "USD"),
                DataName.parse("AAPL-20170120-SMART-USD-150-C"));
        assertEquals(c("AAPL", "OPT", "20170120", 150, "P", "100", "SMART", "USD"),
                DataName.parse("AAPL-OPT-SMART-USD-20170120-150-P-100"));
    }

    @Test
    void futureOptionsInBothForms() {
        assertEquals(c("ES", "FOP", "201612", 2200, "C", "", "GLOBEX", "USD"),
                DataName.parse("ES-201612-GLOBEX-USD-2200-C"));
        assertEquals(c("ES", "FOP", "201612", 2200, "C", "50", "GLOBEX", "USD"),
                DataName.parse("ES-201612-GLOBEX-USD-2200-C-50"));
        assertEquals(c("ES", "FOP", "201612", 2200, "P", "50", "GLOBEX", "USD"),
                DataName.parse("ES-FOP-GLOBEX-USD-201612-2200-P-50"));
    }

    @Test
    void badNamesAreOneClearLine() {
        assertEquals("IB data name 'AAPL-20170120-SMART-USD-abc-C': strike 'abc' is not a number",
                assertThrows(BadInputException.class, () -> DataName.parse("AAPL-20170120-SMART-USD-abc-C")).getMessage());
        assertEquals("IB data name 'EUR-CASH-IDEALPRO': a CASH pair is written BASE.QUOTE, e.g. EUR.USD-CASH-IDEALPRO",
                assertThrows(BadInputException.class, () -> DataName.parse("EUR-CASH-IDEALPRO")).getMessage());
        assertEquals("IB data name 'AAPL-STK-SMART-USD-X': unexpected token 'X'",
                assertThrows(BadInputException.class, () -> DataName.parse("AAPL-STK-SMART-USD-X")).getMessage());
        assertEquals("IB data name 'AAPL-20170120-SMART-USD-150-X': right 'X' must be C or P",
                assertThrows(BadInputException.class, () -> DataName.parse("AAPL-20170120-SMART-USD-150-X")).getMessage());
        assertThrows(BadInputException.class, () -> DataName.parse(" "));
    }
}
