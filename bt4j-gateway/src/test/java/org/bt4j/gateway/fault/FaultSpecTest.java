package org.bt4j.gateway.fault;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The --fault / admin-channel grammar. */
class FaultSpecTest {

    @Test
    void parsesEveryKindWithItsArguments() {
        assertEquals(new FaultSpec(Duration.ofSeconds(30), FaultKind.CONNLOSS_MAINTAINED, Duration.ofSeconds(10), -1),
                FaultSpec.parse("30s:connloss:10s"));
        assertEquals(new FaultSpec(Duration.ofMinutes(1), FaultKind.CONNLOSS_LOST, Duration.ofSeconds(20), -1),
                FaultSpec.parse("1m:connloss:20s:lost"));
        assertEquals(FaultKind.CONNLOSS_MAINTAINED, FaultSpec.parse("1m:connloss:20s:maintained").kind());
        assertEquals(new FaultSpec(Duration.ofSeconds(45), FaultKind.FARM_HMDS, Duration.ofSeconds(15), -1),
                FaultSpec.parse("45s:farm:hmds:15s"));
        assertEquals(FaultKind.FARM_MARKET, FaultSpec.parse("45s:farm:market:15s").kind());
        assertEquals(new FaultSpec(Duration.ofMinutes(2), FaultKind.DROP, Duration.ZERO, -1), FaultSpec.parse("2m:drop"));
        assertEquals(7, FaultSpec.parse("2m:drop:7").arg());
        assertEquals(new FaultSpec(Duration.ZERO, FaultKind.DELAY, Duration.ofMillis(500), -1), FaultSpec.parse("0s:delay:500ms"));
        assertEquals(Duration.ofSeconds(30), FaultSpec.parse("10s:reject:30s").duration());
        assertEquals(Duration.ZERO, FaultSpec.parse("10s:reject").duration(), "reject forever");
        assertEquals(new FaultSpec(Duration.ofSeconds(5), FaultKind.CONFLICT, Duration.ofSeconds(60), 7),
                FaultSpec.parse("5s:conflict:7:60s"));
        assertEquals(new FaultSpec(Duration.ofMinutes(1), FaultKind.NOCOMM, Duration.ofSeconds(30), -1),
                FaultSpec.parse("1m:nocomm:30s"));
        assertEquals(Duration.ZERO, FaultSpec.parse("0s:nocomm").duration(), "commission reports lost for good");
        assertEquals(new FaultSpec(Duration.ZERO, FaultKind.COMMDELAY, Duration.ofSeconds(10), -1),
                FaultSpec.parse("0s:commdelay:10s"));
    }

    @Test
    void adminWordsHappenNow() {
        assertEquals(new FaultSpec(Duration.ZERO, FaultKind.CONNLOSS_LOST, Duration.ofSeconds(5), -1),
                FaultSpec.parseNow("connloss 5s lost"));
        assertEquals(FaultKind.DROP, FaultSpec.parseNow(" drop ").kind());
        assertEquals(3, FaultSpec.parseNow("DROP 3").arg());
    }

    @Test
    void durationsInEveryUnit() {
        assertEquals(Duration.ofMillis(250), FaultSpec.duration("250ms", ""));
        assertEquals(Duration.ofMillis(1500), FaultSpec.duration("1.5s", ""));
        assertEquals(Duration.ofMinutes(2), FaultSpec.duration("2m", ""));
        assertEquals(Duration.ofHours(1), FaultSpec.duration("1h", ""));
        assertEquals(Duration.ofSeconds(3), FaultSpec.duration("3", ""), "plain numbers are seconds");
    }

    @Test
    void mistakesNameTheProblemAndTheGrammar() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("10s:explode"));
        assertTrue(e.getMessage().contains("unknown fault kind 'explode'"), e.getMessage());
        assertTrue(e.getMessage().contains(FaultSpec.GRAMMAR));
        e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("10s:connloss:5s:sometimes"));
        assertTrue(e.getMessage().contains("expected 'lost' or 'maintained'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("soon:drop"));
        assertTrue(e.getMessage().contains("bad duration 'soon'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("10s:farm:dns:5s"));
        assertTrue(e.getMessage().contains("farm must be market or hmds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("10s:conflict"), "missing clientId");
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("drop"), "missing time");
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.parseNow("drop seven"));
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.parseNow("commdelay"), "missing duration");
        assertEquals(FaultKind.COMMDELAY, FaultSpec.parseNow("commdelay 10s").kind());
        assertTrue(FaultSpec.GRAMMAR.contains("nocomm[:DUR], commdelay:DUR"));
    }

    @Test
    void durationsOutsideZeroToThirtyDaysAreRefused() {
        assertEquals(Duration.ofDays(30), FaultSpec.duration("720h", ""));
        for (String bad : new String[] {"99999999999h", "721h", "-5s", "1e300s", "nan", "99999999999999999999m",
            "9223372036854775807h"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FaultSpec.parseNow("delay " + bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
