package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void nullsBecomeEmptyAndWithersCopy() {
        Contract c = new Contract(0, "ES", "FUT", null, 0, null, "50", "GLOBEX", null, "USD", null, null, null, null);
        assertEquals("", c.lastTradeDateOrContractMonth());
        assertEquals(7, c.withConId(7).conId());
        assertEquals("CME", c.withExchange("CME").exchange());
        assertEquals("NASDAQ", c.withPrimaryExchange("NASDAQ").primaryExchange());
        assertEquals("202506", c.withLastTradeDateOrContractMonth("202506").lastTradeDateOrContractMonth());
    }

    @Test
    void describe() {
        assertEquals("AAPL STK SMART USD", Contract.of("AAPL", "STK", "SMART", "USD").describe());
        Contract opt = new Contract(12, "AAPL", "OPT", "20170120", 150, "C", "100", "SMART", "", "USD", "", "", "", "");
        assertEquals("AAPL OPT 20170120 150.0 C SMART USD x100 conId=12", opt.describe());
    }

    @Test
    void shortBlockCarriesPrimaryExchangeForPortfolio() {
        Contract c = new Contract(1, "AAPL", "STK", "", 0, "", "", "SMART", "NASDAQ", "USD", "AAPL", "NMS", "", "");
        FieldWriter w = new FieldWriter();
        c.writeShort(w, true);
        assertEquals("1|AAPL|STK||0.0|||NASDAQ|USD|AAPL|NMS|", w.toString());
        Contract back = Contract.readShort(new FieldReader(w.toPayload()), true);
        assertEquals("NASDAQ", back.primaryExchange());
        assertEquals("", back.exchange());
    }
}
