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
    void aRunBuildsOnlyTheCommandItNames() {
        assertEquals(java.util.Set.of("backtest"), Main.commandLine(new String[] {"backtest", "--help"}).getSubcommands().keySet());
        assertEquals(java.util.Set.of("data"), Main.commandLine(new String[] {"data", "convert"}).getSubcommands().keySet());
        assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(new String[] {"--help"}).getSubcommands().size());
        assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(new String[] {"bogus"}).getSubcommands().size());
        assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(new String[0]).getSubcommands().size());
        assertEquals(0, Main.commandLine(new String[] {"--version"}).getSubcommands().size());
        assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(new String[] {"--version", "backtest"}).getSubcommands().size());
    }

    @Test
    void noOptionHasATypeWhoseConverterMainLeavesOut() {
        java.util.regex.Pattern unused = java.util.regex.Pattern.compile(Main.UNUSED_CONVERTERS);
        assertTrue(unused.matcher("java.time.LocalDate").matches() && unused.matcher("java.sql.Timestamp").matches());
        java.util.List<picocli.CommandLine> all = new java.util.ArrayList<>(java.util.List.of(Main.commandLine()));
        int options = 0;
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).getSubcommands().values());
            for (picocli.CommandLine.Model.ArgSpec a : all.get(i).getCommandSpec().args()) {
                for (Class<?> t : a.auxiliaryTypes()) {
                    assertTrue(!unused.matcher(t.getName()).matches(), all.get(i).getCommandName() + " " + a + ": " + t);
                }
                assertTrue(!unused.matcher(a.type().getName()).matches(), all.get(i).getCommandName() + " " + a);
                options++;
            }
        }
        assertTrue(options > 100, "options seen: " + options);
    }

    @Test
    void versionIsPrinted() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertEquals("bt4j 0.1.0", r.out().strip());
        for (String v : new String[] {"--version", "-V"}) { // main's command line for it has no sub-commands
            java.io.StringWriter out = new java.io.StringWriter();
            picocli.CommandLine alone = Main.commandLine(new String[] {v});
            alone.setOut(new java.io.PrintWriter(out));
            assertEquals(0, alone.execute(v));
            assertEquals(r.out(), out.toString());
        }
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

    @Test
    void bt4jAloneListsItsCommandsAndEnvironment() {
        CliRun r = CliRun.run();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Commands:\n  backtest"), r.out());
        for (String env : new String[] {"BT4J_LOG", "BT4J_DEBUG", "BT4J_JAVA_OPTS"}) {
            assertTrue(r.out().contains(env), r.out());
        }
    }

    @Test
    void helpTextsFormatWithoutPicocliWarnings() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            for (String cmd : new String[] {"backtest", "optimize", "indicator", "resample", "gateway", "ibtest"}) {
                CliRun r = CliRun.run(cmd, "--help");
                assertEquals(0, r.code(), cmd);
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(), "picocli warnings");
    }

    @Test
    void aFailureInTheUsersCodeNamesTheUsersFrame() {
        RuntimeException e = new IllegalStateException("boom");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 209),
            new StackTraceElement("com.example.MyCross", "next", "MyCross.java", 42),
            new StackTraceElement("org.bt4j.strategy.Strategy", "callNext", "Strategy.java", 700)});
        assertEquals("com.example.MyCross.next(MyCross.java:42)", String.valueOf(Main.userFrame(new RuntimeException(e))));
        RuntimeException internal = new RuntimeException("inside bt4j");
        internal.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.bt4j.engine.Cerebro", "run", "Cerebro.java", 1)});
        assertEquals(null, Main.userFrame(internal));
    }
}
