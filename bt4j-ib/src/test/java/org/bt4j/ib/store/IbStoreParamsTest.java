package org.bt4j.ib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IbStoreParamsTest {

    private final IbStoreParams d = IbStoreParams.DEFAULTS;

    @Test
    void defaultsAreBacktradersIbStoreDefaults() {
        // host 127.0.0.1, port 7496, clientId None, notifyall False, _debug False, reconnect 3, timeout 3.0,
        // timeoffset True, timerefresh 60.0, indcash True
        assertEquals("127.0.0.1", d.host());
        assertEquals(7496, d.port());
        assertNull(d.clientId());
        assertFalse(d.notifyall());
        assertFalse(d.debug());
        assertEquals(3, d.reconnect());
        assertEquals(3.0, d.timeout());
        assertTrue(d.timeOffset());
        assertEquals(60.0, d.timeRefresh());
        assertTrue(d.indCash());
    }

    @Test
    void withoutAClientIdEachConnectionPicksOneIn1To65535() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int id = d.effectiveClientId();
            assertTrue(id >= 1 && id <= 65535, "id " + id);
            seen.add(id);
        }
        assertTrue(seen.size() > 1, "ids are random, not fixed");
        assertEquals(0, d.withClientId(0).effectiveClientId(), "an explicit id is used as given, even 0");
    }

    @Test
    void copiesChangeOnlyWhatTheyName() {
        IbStoreParams p = d.withClientId(12).withAddress("10.0.0.5", 4002).withReconnect(-1, 0.5);
        assertEquals(new IbStoreParams("10.0.0.5", 4002, 12, false, false, -1, 0.5, true, 60.0, true), p);
    }

    @Test
    void retrySettingsAreChecked() {
        assertEquals(-1, d.withReconnect(-1, 3).reconnect(), "-1 retries forever");
        assertEquals(0, d.withReconnect(0, 0).reconnect(), "0 retries never, immediately");
        assertThrows(IllegalArgumentException.class, () -> d.withReconnect(-2, 3));
        assertThrows(IllegalArgumentException.class, () -> d.withReconnect(3, -0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new IbStoreParams("h", 1, null, false, false, 3, 3.0, true, 0.0, true));
    }
}
