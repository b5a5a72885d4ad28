package org.bt4j.ib.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.SystemClock;
import org.junit.jupiter.api.Test;

class IbClientConfigTest {

    private static IbClientConfig with(String host, int port, int timeout, int frame) {
        return new IbClientConfig(host, port, 1, timeout, false, null, null, null, frame);
    }

    @Test
    void defaultsAreThreeSecondsIbPacingWallClockAndFullFrames() {
        IbClientConfig c = IbClientConfig.of("127.0.0.1", 7497, 7);
        assertEquals("127.0.0.1", c.host());
        assertEquals(7497, c.port());
        assertEquals(7, c.clientId());
        assertEquals(3000, c.connectTimeoutMillis());
        assertFalse(c.debug());
        assertNotNull(c.debugSink());
        assertSame(PacingRules.IB, c.pacing());
        assertInstanceOf(SystemClock.class, c.time());
        assertEquals(0xFFFFFF, c.maxFrameSize());
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        assertEquals("host must be given",
                assertThrows(IllegalArgumentException.class, () -> with(" ", 7497, 1, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> with(null, 7497, 1, 10));
        assertEquals("port must be 1..65535, got 0",
                assertThrows(IllegalArgumentException.class, () -> with("h", 0, 1, 10)).getMessage());
        assertEquals("port must be 1..65535, got 65536",
                assertThrows(IllegalArgumentException.class, () -> with("h", 65536, 1, 10)).getMessage());
        assertEquals("connect timeout must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> with("h", 1, 0, 10)).getMessage());
        assertEquals("max frame size must be 1..16777215, got 16777216",
                assertThrows(IllegalArgumentException.class, () -> with("h", 1, 1, 0x1000000)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> with("h", 1, 1, 0));
        assertEquals(65535, with("h", 65535, 1, 1).port());
    }

    @Test
    void copiesChangeOneSettingAndKeepTheRest() {
        IbClientConfig base = IbClientConfig.of("10.0.0.5", 4002, 7);
        IbClientConfig other = base.withClientId(9);
        assertEquals(9, other.clientId());
        assertEquals(base, other.withClientId(7));
        IbClientConfig slow = base.withConnectTimeoutMillis(500);
        assertEquals(500, slow.connectTimeoutMillis());
        assertEquals(base.host(), slow.host());
        assertEquals(base.port(), slow.port());
        SimulatedClock sim = SimulatedClock.at("2024-01-05T14:30:00Z");
        assertSame(sim, base.withClock(sim).time());
        assertSame(base.pacing(), base.withClock(sim).pacing());
        assertThrows(IllegalArgumentException.class, () -> base.withConnectTimeoutMillis(-1));
    }

    @Test
    void debugCopySendsEveryLineToTheGivenSink() {
        List<String> lines = new ArrayList<>();
        Consumer<String> sink = lines::add;
        IbClientConfig c = IbClientConfig.of("127.0.0.1", 7497, 7).withDebug(sink);
        assertTrue(c.debug());
        c.debugSink().accept("-> 49|1|");
        assertEquals(List.of("-> 49|1|"), lines);
    }
}
