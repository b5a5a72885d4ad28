package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderStateTest {

    @Test
    void aStatusOnlyStateHasNoCommissionYet() {
        OrderState s = OrderState.of("PreSubmitted");
        assertEquals("PreSubmitted", s.status());
        // TWS reports commission, its bounds and the completed quantity as "unset" until known
        assertEquals(Double.MAX_VALUE, s.commission());
        assertEquals(Double.MAX_VALUE, s.minCommission());
        assertEquals(Double.MAX_VALUE, s.maxCommission());
        assertEquals(Double.MAX_VALUE, s.filledQuantity());
        assertEquals("", s.commissionCurrency());
        assertEquals("", s.warningText());
        assertEquals("", s.completedTime());
        assertEquals("", s.completedStatus());
    }
}
