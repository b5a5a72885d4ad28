package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bt4j live with a user's strategy built into a jar by the test (com.example.MyCross, an SMA cross
 * that stops the run itself after its first closed trade), against the in-process simulated TWS in
 * its 24-hour market: the seed's 5-second resample trading through IB and Ctrl-C on the wall clock,
 * the same class passing the same check as a backtest, an account without a market data
 * subscription (delayed data) and a read-only API on the virtual clock ({@code --sim-virtual}: the
 * same sockets and messages, without waiting for the tape's trades in real time), an unknown
 * account, and bad options.
 */
class LiveCommandTest {

    @TempDir
    static Path dir;
    private static Path jar;

    private static final Pattern SUMMARY = Pattern.compile(
            "MyCross: (\\d+) trade\\(s\\) closed, (\\d+) order\\(s\\) completed, (\\d+) rejected");

    @BeforeAll
    static void buildTheUsersJar() throws IOException {
        Path src = dir.resolve("src/com/example/MyCross.java");
        Files.createDirectories(src.getParent());
        try (InputStream in = LiveCommandTest.class.getResourceAsStream("/live/MyCross.java")) {
            Files.write(src, in.readAllBytes());
        }
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", "--release", "17", src.toString());
        assertEquals(0, rc, err.toString());
        jar = dir.resolve("my.jar");
        try (OutputStream f = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(f)) {
            j.putNextEntry(new JarEntry("com/example/MyCross.class"));
            j.write(Files.readAllBytes(classes.resolve("com/example/MyCross.class")));
            j.closeEntry();
        }
    }

    /** The strategy's parameters in every run: the fastest cross, so that a session trades within seconds. */
    private static final List<String> PARAMS = List.of("--param", "fast=1", "--param", "slow=2");

    /** {@code bt4j live --sim} with the user's jar on TWTR in {@code seconds}-second bars. */
    private static CliRun live(int seconds, String... extra) {
        List<String> args = new ArrayList<>(List.of("live", "--sim", "--strategy-jar", jar.toString(),
                "--strategy", "com.example.MyCross", "--data0", "TWTR", "--resample", "--timeframe", "Seconds",
                "--compression", Integer.toString(seconds)));
        args.addAll(PARAMS);
        args.addAll(List.of(extra));
        return CliRun.runCapturingSystem(args.toArray(new String[0]));
    }

    /** The check both runs of the same class pass: it traded, closed a trade, and stopped itself there. */
    private static void tradedAndStoppedItself(CliRun r) {
        assertEquals(0, r.code(), r.err());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), "the strategy's stop() line\n" + r.out());
        assertEquals(1, Integer.parseInt(m.group(1)), "stopped by runstop() at its first closed trade");
        assertTrue(Integer.parseInt(m.group(2)) >= 2, "a buy and a sell completed");
        assertEquals(0, Integer.parseInt(m.group(3)));
    }

    @Test
    void aUsersStrategyJarTradesLiveToCompletionAndWritesTheReport() throws IOException {
        Path report = dir.resolve("session.html");
        CliRun r = live(5, "--broker", "--clientId", "31", "--analyzer", "TradeAnalyzer", "--report", report.toString());
        tradedAndStoppedItself(r);
        List<String> out = r.out().lines().toList();
        assertTrue(out.contains("***** STORE NOTIF: <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>"));
        assertTrue(out.contains("***** DATA NOTIF: DELAYED"), "backfilling at the start");
        assertTrue(out.contains("Datetime, Open, High, Low, Close, Volume, OpenInterest"));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("-------------------------------------------------- ORDER BEGIN ")));
        assertTrue(out.contains("Status: Completed"));
        assertTrue(out.contains("OrderType: MKT"), "the IB order's fields");
        assertTrue(out.stream().anyMatch(l -> l.startsWith("-------------------------------------------------- TRADE BEGIN ")));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("***** ANALYZER TradeAnalyzer: {\"total\":{\"total\":1,\"open\":0,\"closed\":1}")),
                String.join("\n", out.subList(Math.max(0, out.size() - 5), out.size())));
        String html = Files.readString(report);
        assertTrue(html.contains("com.example.MyCross live on TWTR"), "the report's title");
    }

    @Test
    void theSameStrategyClassPassesTheSameCheckAsABacktest() throws Exception {
        Path csv = Path.of(LiveCommandTest.class.getResource("/golden/data/daily-s1.csv").toURI());
        List<String> args = new ArrayList<>(List.of("backtest", "--strategy-jar", jar.toString(),
                "--strategy", "com.example.MyCross", "--data", csv.toString(), "--json"));
        args.addAll(PARAMS);
        tradedAndStoppedItself(CliRun.runCapturingSystem(args.toArray(new String[0])));
    }

    @Test
    void withoutAMarketDataSubscriptionTheFeedTakesDelayedDataAndKeepsTrading() {
        CliRun r = live(1, "--sim-virtual", "--broker", "--clientId", "32", "--sim-no-subscription", "TWTR",
                "--sim-participation", "1");
        tradedAndStoppedItself(r);
        List<String> out = r.out().lines().toList();
        assertTrue(out.stream().anyMatch(l -> l.startsWith("***** STORE NOTIF: <error id=") && l.contains("errorCode=354")));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("***** STORE NOTIF: <market data: no subscription for TWTR")
                && l.contains("delayed")), r.out());
        assertTrue(out.contains("***** DATA NOTIF: LIVE"));
        assertTrue(out.indexOf("***** DATA NOTIF: LIVE") > out.indexOf("***** DATA NOTIF: DELAYED"));
    }

    @Test
    void aReadOnlyApiRefusesOrdersWithOneClearNotification() {
        CliRun r = live(1, "--sim-virtual", "--broker", "--clientId", "33", "--sim-read-only", "--param", "stopafter=4");
        assertEquals(0, r.code(), r.err());
        List<String> notes = r.out().lines().filter(l -> l.contains("Read-Only") || l.contains("read-only")).toList();
        assertEquals(1, notes.size(), String.join("\n", notes));
        assertTrue(notes.get(0).startsWith("***** STORE NOTIF: <read-only API"), notes.get(0));
        assertTrue(r.out().contains("Status: Rejected"));
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find());
        assertEquals("0", m.group(2));
        assertTrue(Integer.parseInt(m.group(3)) >= 1);
    }

    @Test
    void ctrlCStopsCleanlyListingTheOrderLeftWorking() throws Exception {
        assumeFalse(sigintIgnored(), "Ctrl-C not tested: this JVM ignores SIGINT (started in the background without job"
                + " control), so the child bt4j would ignore it too");
        Path report = dir.resolve("interrupted.html");
        Path journal = dir.resolve("interrupted.sqlite");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "live", "--sim", "--strategy-jar", jar.toString(), "--strategy", "com.example.MyCross",
                "--data0", "TWTR", "--resample", "--timeframe", "Seconds", "--compression", "1", "--broker",
                "--clientId", "35", "--journal", journal.toString(), "--report", report.toString()));
        cmd.addAll(PARAMS);
        cmd.addAll(List.of("--param", "offset=0.2")); // a limit buy 20 % below the market: it stays working
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        boolean stopped = false;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("Status: Accepted")) {
                // the session runs until TWS has accepted the limit order
            }
            assertEquals("Status: Accepted", line);
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(Writer.nullWriter()); // to the end of the child's output
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "live-stdout-drain");
            drain.setDaemon(true);
            drain.start();
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            stopped = p.waitFor(60, TimeUnit.SECONDS);
        } finally {
            if (!stopped) {
                p.destroyForcibly();
            }
        }
        assertTrue(stopped, "bt4j live still ran 60 s after Ctrl-C");
        List<String> err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(130, p.exitValue(), String.join("\n", err));
        assertEquals("bt4j: 1 order(s) left working at TWS (not cancelled):", err.get(0), String.join("\n", err));
        assertTrue(err.get(1).matches("bt4j:   ref 1 BUY 10 TWTR Limit Accepted"), err.get(1));
        assertTrue(Files.readString(report).contains("com.example.MyCross live on TWTR"));
        try (SqliteOrderJournal j = SqliteOrderJournal.open(journal)) {
            assertEquals(1, j.workingOrders().size(), "the journal keeps the working order for the next session");
        }
    }

    /** Whether this process ignores SIGINT (Linux: bit 2 of {@code SigIgn} in /proc/self/status), which its children inherit. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String l : Files.readAllLines(status)) {
            if (l.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(l.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }

    @Test
    void anAccountThatIsNotManagedIsRefusedInOneLine() {
        CliRun r = live(5, "--broker", "--clientId", "34", "--sim-linked-accounts", "DU7654321", "--account", "U7654321");
        assertEquals(2, r.code());
        assertEquals(List.of("bt4j: --account U7654321 is not among the accounts of this TWS login: DU1234567, DU7654321"),
                r.err().lines().toList());
    }

    @Test
    void badOptionsAreOneLineErrorsBeforeConnecting() {
        assertEquals(List.of("bt4j: --market-data: 'realtime' is not one of live, frozen, delayed, delayed-frozen"),
                CliRun.runCapturingSystem("live", "--strategy", "smacross", "--data0", "TWTR", "--market-data",
                        "realtime").err().lines().toList());
        assertEquals(List.of("bt4j: --sim-fault, --sim-read-only, --sim-no-subscription and --sim-linked-accounts need --sim"),
                CliRun.runCapturingSystem("live", "--strategy", "smacross", "--data0", "TWTR", "--sim-read-only")
                        .err().lines().toList());
        CliRun r = CliRun.runCapturingSystem("live", "--strategy", "com.example.Nope", "--data0", "TWTR", "--sim");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("bt4j: unknown strategy 'com.example.Nope'"), r.err());
    }
}
