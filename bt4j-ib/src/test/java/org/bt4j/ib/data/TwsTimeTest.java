package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;

class TwsTimeTest {

    private static final long T = 1_466_433_455L * 1_000_000_000L; // 2016-06-20T14:37:35Z

    @Test
    void sendsExplicitUtc() {
        assertEquals("20160620-14:37:35", TwsTime.utc(T + 999_999_999L));
    }

    @Test
    void readsEveryFormTwsSends() {
        assertEquals(T, TwsTime.parse("20160620 10:37:35 US/Eastern", ZoneOffset.UTC));
        assertEquals(T, TwsTime.parse("20160620  10:37:35", ZoneId.of("America/New_York")));
        assertEquals(T, TwsTime.parse("20160620-14:37:35", ZoneId.of("Asia/Tokyo")));
        BadInputException e = assertThrows(BadInputException.class, () -> TwsTime.parse("soon", ZoneOffset.UTC));
        assertEquals("bad TWS time 'soon' (expected yyyyMMdd HH:mm:ss [zone])", e.getMessage());
    }
}
