package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class HistoricalPacingTest {

    static final long S = 1_000_000_000L;

    @Test
    void sixPerContractWithinTwoSeconds() {
        HistoricalPacing p = HistoricalPacing.ib();
        for (int i = 0; i < 5; i++) {
            assertNull(p.admit("k" + i, "AAPL", 1, i * 100_000_000L));
        }
        assertNotNull(p.admit("k5", "AAPL", 1, 500_000_000L));
        assertNull(p.admit("k5", "MSFT", 1, 500_000_000L), "another contract is fine");
        assertNull(p.admit("k6", "AAPL", 1, 2_100_000_000L), "window moved on");
    }

    @Test
    void sixtyInTenMinutesWithBidAskCountingDouble() {
        HistoricalPacing p = HistoricalPacing.ib();
        for (int i = 0; i < 30; i++) {
            assertNull(p.admit("k" + i, "c" + i, 2, i * 3 * S));
        }
        assertNotNull(p.admit("x", "y", 1, 100 * S));
        assertNull(p.admit("x", "y", 1, 601 * S), "oldest two expired");
        assertNull(HistoricalPacing.off().admit("x", "y", 1, 0));
    }
}
