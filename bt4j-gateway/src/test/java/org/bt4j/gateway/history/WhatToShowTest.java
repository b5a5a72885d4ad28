package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhatToShowTest {

    @Test
    void parsesEveryServedTypeInAnyCase() {
        assertEquals(WhatToShow.TRADES, WhatToShow.parseOrNull("TRADES"));
        assertEquals(WhatToShow.MIDPOINT, WhatToShow.parseOrNull(" midpoint "));
        assertEquals(WhatToShow.BID, WhatToShow.parseOrNull("Bid"));
        assertEquals(WhatToShow.ASK, WhatToShow.parseOrNull("ask"));
        assertEquals(WhatToShow.BID_ASK, WhatToShow.parseOrNull("BID_ASK"));
    }

    @Test
    void adjustedLastIsServedAsTrades() {
        assertEquals(WhatToShow.TRADES, WhatToShow.parseOrNull("adjusted_last"));
    }

    @Test
    void typesTheGatewayDoesNotServeAreNull() {
        for (String s : new String[] {null, "", "SCHEDULE", "HISTORICAL_VOLATILITY", "OPTION_IMPLIED_VOLATILITY",
                "YIELD_BID", "AGGTRADES", "BIDASK"}) {
            assertNull(WhatToShow.parseOrNull(s), s);
        }
    }

    @Test
    void onlyTradesCarryVolumeWapAndCount() {
        // IB sends −1 for volume, WAP and count of MIDPOINT, BID, ASK and BID_ASK bars
        assertTrue(WhatToShow.TRADES.hasVolume());
        for (WhatToShow w : new WhatToShow[] {WhatToShow.MIDPOINT, WhatToShow.BID, WhatToShow.ASK, WhatToShow.BID_ASK}) {
            assertFalse(w.hasVolume(), w.name());
        }
    }
}
