package org.bt4j.ib.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.broker.CommInfo;
import org.bt4j.ib.wire.Contract;
import org.junit.jupiter.api.Test;

class IbCommInfoTest {

    @Test
    void multiplierFromTheContractAndNoCommissionRate() {
        Contract es = new Contract(1, "ES", "FUT", "202403", 0.0, "", "50", "CME", "", "USD", "", "", "", "");
        CommInfo ci = IbCommInfo.of(es);
        assertEquals(50.0, ci.mult());
        assertEquals(0.0, ci.getCommission(3, 4500));
        assertEquals(3 * (4510.0 - 4500.0) * 50, ci.profitAndLoss(3, 4500, 4510));
        assertTrue(IbCommInfo.isFutureLike(es));
        Contract stk = Contract.of("TWTR", "STK", "SMART", "USD");
        assertEquals(1.0, IbCommInfo.of(stk).mult());
        assertFalse(IbCommInfo.isFutureLike(stk));
    }
}
