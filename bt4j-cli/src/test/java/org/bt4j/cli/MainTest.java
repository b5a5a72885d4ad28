package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Main}: sub-command registration, version, and bt4j's one-line error handling with exit codes. */
class MainTest {

    @Test
    void helpListsEverySubCommand() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.code(), r.err());
        for (String sub : new String[] {"backtest", "optimize", "data", "indicator", "resample", "gateway", "ibtest"}) {
            assertTrue(Main.commandLine().getSubcommands().containsKey(sub), sub);
            assertTrue(r.out().contains("  " + sub), r.out());
        }
    }

    @Test
    void versionIsPrinted() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertEquals("bt4j 0.1.0", r.out().strip());
    }

    @Test
    void badArgumentsAreOneLinePointingAtTheRightHelp() {
        CliRun unknown = CliRun.run("backtest", "--data", "x.csv", "--strategy", "smacross", "--bogus");
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("bt4j: "), unknown.err());
        assertTrue(unknown.err().strip().endsWith("(see 'bt4j backtest --help')"), unknown.err());
    }

    @Test
    void userErrorsInACommandAreOneLineWithExitCodeTwo() {
        CliRun r = CliRun.run("resample", "--data", "x.csv", "--to-timeframe", "Fortnights");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("bt4j: --to-timeframe: unknown timeframe 'Fortnights'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
