package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class IbDataParamsTest {

    @Test
    void backtradersDefaults() {
        IbDataParams p = IbDataParams.of();
        assertEquals("STK", p.sectype);
        assertEquals("SMART", p.exchange);
        assertEquals("", p.currency);
        assertEquals(Duration.ofMillis(500), p.qcheck);
        assertTrue(p.backfillStart && p.backfill);
        assertEquals(TimeFrame.Days, p.timeframe());
        assertEquals(1, p.compression());
    }

    @Test
    void rejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> IbDataParams.of().qcheck(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> IbDataParams.of().timeframe(TimeFrame.Seconds, 0));
    }
}
