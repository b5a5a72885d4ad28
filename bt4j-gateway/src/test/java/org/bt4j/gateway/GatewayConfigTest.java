package org.bt4j.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.SystemClock;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void defaultsAreAPaperTwsOnLoopback() {
        GatewayConfig c = GatewayConfig.builder().build();
        assertEquals("127.0.0.1", c.host());
        assertEquals(7497, c.port(), "TWS paper-trading port");
        assertEquals(7597, c.adminPort(), "admin channel defaults to port + 100");
        assertTrue(c.trustedHosts().isEmpty());
        assertNull(c.statePath(), "in-memory account unless a state file is given");
        assertInstanceOf(SystemClock.class, c.clock());
        assertEquals(ZoneId.of("US/Eastern"), c.twsZone());
        assertEquals("DU1234567", c.account());
        assertTrue(c.pacing());
        assertTrue(c.partialFills());
        assertEquals(1.0, c.participation());
        assertTrue(c.tapeFiles().isEmpty());
        assertTrue(c.faults().isEmpty());
    }

    @Test
    void adminPortFollowsTheApiPortUnlessSet() {
        assertEquals(4102, GatewayConfig.builder().port(4002).build().adminPort());
        assertEquals(0, GatewayConfig.builder().port(0).build().adminPort(), "any free port when the API port is any");
        assertEquals(-1, GatewayConfig.builder().port(0).adminPort(-1).build().adminPort());
        assertEquals(9000, GatewayConfig.builder().port(4002).adminPort(9000).build().adminPort());
    }

    @Test
    void aNullClockIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> GatewayConfig.builder().clock(null));
        assertEquals("clock", e.getMessage());
        SimulatedClock sim = SimulatedClock.at("2024-01-05T14:30:00Z");
        assertSame(sim, GatewayConfig.builder().clock(sim).build().clock());
    }

    @Test
    void builtConfigurationsDoNotChangeWhenTheBuilderIsReused() {
        Instrument xyz = Instrument.builder("XYZ", SecType.STK).conId(9_999_001).build();
        GatewayConfig.Builder b = GatewayConfig.builder().tape("AAPL=aapl.csv").instrument(xyz);
        GatewayConfig first = b.build();
        b.tape("MSFT=msft.csv").instrument(Instrument.builder("ABC", SecType.STK).conId(9_999_002).build());
        GatewayConfig second = b.build();
        assertEquals(List.of("AAPL=aapl.csv"), first.tapeFiles());
        assertEquals(List.of(xyz), first.extraInstruments());
        assertEquals(List.of("AAPL=aapl.csv", "MSFT=msft.csv"), second.tapeFiles());
        assertThrows(UnsupportedOperationException.class, () -> first.tapeFiles().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> first.extraInstruments().clear());
    }

    @Test
    void defaultStateFileIsOnePerPortUnderTheUsersBt4jFolder() {
        assertEquals(Path.of(System.getProperty("user.home"), ".bt4j", "gateway-7497.db"), GatewayConfig.defaultStatePath(7497));
        assertEquals(Path.of(System.getProperty("user.home"), ".bt4j", "gateway-7496.db"), GatewayConfig.defaultStatePath(7496));
        assertNull(GatewayConfig.defaultStatePath(0), "an ephemeral port keeps its account in memory");
    }

    @Test
    void aLinkedAccountGivenTwiceBlankOrAsThePrimaryIsRefusedWithOneLine() {
        assertEquals("--linked-accounts: DU2 is given twice", assertThrows(org.bt4j.BadInputException.class,
                () -> GatewayConfig.builder().linkedAccount("DU2").linkedAccount("DU2").build()).getMessage());
        assertEquals("--linked-accounts: DU1234567 is the primary account (--account) already",
                assertThrows(org.bt4j.BadInputException.class,
                        () -> GatewayConfig.builder().linkedAccount("DU1234567").build()).getMessage());
        assertEquals("--linked-accounts: an account code is empty", assertThrows(org.bt4j.BadInputException.class,
                () -> GatewayConfig.builder().linkedAccount(" ").build()).getMessage());
        assertEquals(List.of("DU1", "DU2", "DU3"), GatewayConfig.builder().account("DU1").linkedAccount("DU2")
                .linkedAccount("DU3").build().accounts());
    }
}
