package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bt4j.strategy.builtin.StrategyRegistry;
import org.junit.jupiter.api.Test;

/** {@code bt4j check lookahead}: flags reading the future, passes the built-in strategies. */
class CheckLookaheadCommandTest {

    private static String data() throws Exception {
        return Path.of(CheckLookaheadCommandTest.class.getResource("/golden/data/daily-s1.csv").toURI()).toString();
    }

    @Test
    void everyBuiltInStrategyPasses() throws Exception {
        for (String name : StrategyRegistry.builtInNames()) {
            CliRun r = CliRun.run("check", "lookahead", "--data", data(), "--strategy", name);
            assertEquals(0, r.code(), name + ": " + r.out() + r.err());
            assertTrue(r.out().contains("OK: no value or decision changed"), r.out());
        }
    }

    @Test
    void aStrategyReadingTheNextBarIsFlagged() throws Exception {
        CliRun r = CliRun.run("check", "lookahead", "--data", data(), "--strategy", PeekingStrategy.class.getName());
        assertEquals(CheckCommand.FOUND, r.code(), r.out() + r.err());
        // the decision on the last bar of a prefix changes: tomorrow's close is unknown there
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("LOOKAHEAD orders at bar ")), r.out());
    }

    @Test
    void theIchimokuChikouLineIsFlaggedByName() throws Exception {
        CliRun r = CliRun.run("check", "lookahead", "--data", data(), "--strategy", ChikouStrategy.class.getName(),
            "--cuts", "3");
        assertEquals(CheckCommand.FOUND, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("LOOKAHEAD Ichimoku.chikou_span at bar "), r.out());
        assertTrue(r.out().contains("LOOKAHEAD orders at bar "), r.out());
        // the other four lines look only backwards
        assertTrue(r.out().lines().noneMatch(l -> l.contains("tenkan") || l.contains("senkou") || l.contains("kijun")),
            r.out());
        // the first changed chikou value is 26 bars before the cut: the close written back from beyond it
        CliRun one = CliRun.run("check", "lookahead", "--data", data(), "--indicator", "Ichimoku", "--cuts", "1");
        assertEquals(CheckCommand.FOUND, one.code(), one.out() + one.err());
        int cut = org.bt4j.research.LookaheadCheck.cuts(1000, 1)[0];
        assertTrue(one.out().contains("LOOKAHEAD Ichimoku.chikou_span at bar " + (cut - 26) + " "), one.out());
    }

    @Test
    void aBackwardLookingIndicatorPassesInBothModes() throws Exception {
        for (String mode : new String[] {"runonce", "runnext"}) {
            CliRun r = CliRun.run("check", "lookahead", "--data", data(), "--indicator", "EMA", "--param", "period=30",
                "--mode", mode);
            assertEquals(0, r.code(), r.out() + r.err());
        }
    }

    @Test
    void badInputIsOneLine() throws Exception {
        CliRun none = CliRun.run("check", "lookahead", "--data", data());
        assertEquals(2, none.code());
        assertEquals("bt4j: give exactly one of --strategy and --indicator", none.err().strip());
        CliRun cuts = CliRun.run("check", "lookahead", "--data", data(), "--indicator", "EMA", "--cuts", "0");
        assertEquals(2, cuts.code());
        assertEquals("bt4j: --cuts must be >= 1, got 0", cuts.err().strip());
        CliRun ind = CliRun.run("check", "lookahead", "--data", data(), "--indicator", "NoSuch");
        assertEquals(2, ind.code());
        assertTrue(ind.err().startsWith("bt4j: --indicator: ") && ind.err().strip().lines().count() == 1, ind.err());
    }
}
