package org.bt4j.ib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** IB's market data type numbers (EClient.reqMarketDataType: 1 live, 2 frozen, 3 delayed, 4 delayed frozen). */
class MarketDataTypeTest {

    @Test
    void numbersNamesAndTheDelayedCounterpart() {
        assertEquals(1, MarketDataType.parse("live").code());
        assertEquals(2, MarketDataType.parse("FROZEN").code());
        assertEquals(3, MarketDataType.parse("delayed").code());
        assertEquals(MarketDataType.DELAYED_FROZEN, MarketDataType.parse("delayed_frozen"));
        assertEquals("delayed-frozen", MarketDataType.of(4).label());
        assertNull(MarketDataType.of(5));
        assertEquals(MarketDataType.DELAYED, MarketDataType.LIVE.delayed());
        assertEquals(MarketDataType.DELAYED_FROZEN, MarketDataType.FROZEN.delayed());
        assertEquals(MarketDataType.DELAYED, MarketDataType.DELAYED.delayed());
        assertEquals("'realtime' is not one of live, frozen, delayed, delayed-frozen",
                assertThrows(IllegalArgumentException.class, () -> MarketDataType.parse("realtime")).getMessage());
    }
}
