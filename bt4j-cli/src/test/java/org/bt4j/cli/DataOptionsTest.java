package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@link DataOptions}: parsed as a mixin, defaults, and one-line errors naming the option. */
class DataOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        DataOptions input;
    }

    private static DataOptions parse(String... args) {
        Probe p = new Probe();
        new CommandLine(p).parseArgs(args);
        return p.input;
    }

    @Test
    void parsesTheThreeOptions() {
        DataOptions o = parse("--data", "bars.csv", "--timeframe", "Minutes", "--compression", "5");
        assertEquals(Path.of("bars.csv"), o.data());
        assertEquals(TimeFrame.Minutes, o.timeFrame());
        assertEquals(5, o.compression());
    }

    @Test
    void noTimeframeMeansNullAndCompressionDefaultsToOne() {
        DataOptions o = parse("--data", "bars.csv");
        assertNull(o.timeFrame());
        assertEquals(1, o.compression());
    }

    @Test
    void dataIsRequired() {
        assertThrows(CommandLine.MissingParameterException.class, () -> parse("--timeframe", "Days"));
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheOption() {
        BadInputException tf = assertThrows(BadInputException.class,
                () -> parse("--data", "x.csv", "--timeframe", "Fortnights").timeFrame());
        assertTrue(tf.getMessage().startsWith("--timeframe: "), tf.getMessage());
        BadInputException none = assertThrows(BadInputException.class,
                () -> DataOptions.timeFrame("--to-timeframe", "NoTimeFrame"));
        assertEquals("--to-timeframe: NoTimeFrame is not a bar size", none.getMessage());
        BadInputException comp = assertThrows(BadInputException.class,
                () -> parse("--data", "x.csv", "--compression", "0").compression());
        assertEquals("--compression: must be >= 1, got 0", comp.getMessage());
        assertEquals(3, DataOptions.compression("--to-compression", 3));
    }
}
