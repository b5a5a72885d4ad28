package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoricalRequestTest {

    @Test
    void endIsSentInExplicitUtc() {
        HistoricalRequest r = new HistoricalRequest(IbBarSize.MIN_1, 1_466_433_455_000_000_000L, "600 S");
        assertEquals("20160620-14:37:35", r.endDateTime());
    }
}
