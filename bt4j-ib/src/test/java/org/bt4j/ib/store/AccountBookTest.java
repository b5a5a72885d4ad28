package org.bt4j.ib.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.Test;

/** backtrader's account tables: cash, value, values, positions, download state. */
class AccountBookTest {

    static final Contract AAPL = new Contract(265598, "AAPL", "STK", "", 0, "", "", "", "NASDAQ", "USD", "AAPL", "NMS", "", "");
    static final Contract ES = new Contract(620731015, "ES", "FUT", "20250620", 0, "", "50", "", "CME", "USD", "ESM5", "ES", "", "");

    static ServerMessage.UpdateAccountValue v(String key, String value, String cur, String acct) {
        return new ServerMessage.UpdateAccountValue(key, value, cur, acct);
    }

    @Test
    void cashIsBaseTotalCashBalanceAndValueIsNetLiquidationSummedOverAccounts() throws Exception {
        AccountBook b = new AccountBook();
        assertTrue(Double.isNaN(b.cash()), "unknown before TWS says");
        assertTrue(Double.isNaN(b.value()));
        assertFalse(b.anyDownloaded());
        b.accept(v("TotalCashBalance", "1000.50", "USD", "DU1"));
        assertTrue(Double.isNaN(b.cash()), "only the BASE row is cash");
        b.accept(v("TotalCashBalance", "900.25", "BASE", "DU1"));
        b.accept(v("NetLiquidation", "5000.00", "USD", "DU1"));
        assertEquals(900.25, b.cash());
        assertEquals(5000.00, b.value(), "NetLiquidation in the account currency when no BASE row came");
        b.accept(v("NetLiquidation", "5001.00", "BASE", "DU1"));
        assertEquals(5001.00, b.value(), "BASE preferred");
        b.accept(v("TotalCashBalance", "100", "BASE", "DU2"));
        b.accept(v("NetLiquidation", "200", "USD", "DU2"));
        assertEquals(1000.25, b.cash(), 1e-9);
        assertEquals(5201.00, b.value(), 1e-9);
        b.accept(v("AccountCode", "DU1", "", "DU1"));
        assertEquals("900.25", b.accountValues("DU1").get("TotalCashBalance:BASE"));
        assertEquals("DU1", b.accountValues(null).get("AccountCode"), "null is the first account");
        assertEquals("1000.50", b.accountValue("DU1", "TotalCashBalance", "USD"));
        assertEquals(List.of("DU1", "DU2"), b.accounts());
        b.accept(new ServerMessage.UpdateAccountTime("14:32"));
        b.accept(new ServerMessage.AccountDownloadEnd("DU1"));
        assertTrue(b.anyDownloaded());
        assertTrue(b.downloaded("DU1"));
        assertFalse(b.downloaded("DU2"));
        assertEquals("14:32", b.accountTime());
    }

    @Test
    void positionsComeFromThePortfolioElseFromReqPositions() {
        AccountBook b = new AccountBook();
        assertEquals(0, b.position(AAPL));
        assertTrue(Double.isNaN(b.averageCost(AAPL)));
        b.accept(new ServerMessage.Position("DU1", ES, 2, 250_002.25));
        b.accept(new ServerMessage.PositionEnd());
        assertTrue(b.positionsComplete());
        assertEquals(2, b.position(ES));
        assertEquals(250_002.25, b.averageCost(ES), "IB's cost: times the multiplier");
        b.accept(new ServerMessage.UpdatePortfolio(AAPL, -110, 185.5, -20405.0, 201.8829709, 1802.12, 0.0, "DU1"));
        b.accept(new ServerMessage.Position("DU1", AAPL, -100, 201.0));
        assertEquals(-110, b.position(AAPL), "the account download wins over reqPositions");
        assertEquals(201.8829709, b.averageCost(AAPL));
        b.accept(new ServerMessage.UpdatePortfolio(AAPL, 0, 185.5, 0, 0, 0, 1802.12, "DU1"));
        assertEquals(0, b.position(AAPL), "a closed position stays as 0");
        assertEquals(1, b.portfolio().size());
        assertEquals(2, b.positions().size());
    }

    @Test
    void unrelatedMessagesAreIgnored() {
        AccountBook b = new AccountBook();
        b.accept(new ServerMessage.NextValidId(5));
        b.accept(new ServerMessage.ErrorMsg(-1, 2104, "Market data farm connection is OK:usfarm", ""));
        assertTrue(b.accounts().isEmpty());
        assertTrue(b.portfolio().isEmpty());
    }
}
