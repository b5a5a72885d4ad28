package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@link BrokerOptions}: parsed as a mixin, defaults, and the cash check. */
class BrokerOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        BrokerOptions broker;
    }

    private static BrokerOptions parse(String... args) {
        Probe p = new Probe();
        new CommandLine(p).parseArgs(args);
        return p.broker;
    }

    @Test
    void defaultsAreTenThousandCashAndNoCommission() {
        BrokerOptions o = parse();
        assertEquals(10_000.0, o.cash());
        assertFalse(o.hasCommission());
        assertNull(o.commission);
    }

    @Test
    void anyCommissionOptionSelectsAScheme() {
        BrokerOptions o = parse("--cash", "5000", "--commission", "2.0", "--margin", "1000", "--mult", "10");
        assertEquals(5000.0, o.cash());
        assertTrue(o.hasCommission());
        assertEquals(2.0, o.commission);
        assertEquals(1000.0, o.margin);
        assertEquals(10.0, o.mult);
        assertTrue(parse("--mult", "5").hasCommission());
    }

    @Test
    void cashMustBeFiniteAndNotNegative() {
        assertEquals("--cash must be a finite number >= 0, got -5.0",
                assertThrows(BadInputException.class, () -> parse("--cash", "-5").cash()).getMessage());
        assertThrows(BadInputException.class, () -> parse("--cash", "Infinity").cash());
        assertThrows(BadInputException.class, () -> parse("--cash", "NaN").cash());
    }
}
