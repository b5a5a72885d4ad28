package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.bt4j.loop.Inlet;
import org.bt4j.loop.SessionJournal;
import org.bt4j.time.Stopwatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bt4j ibtest against the in-process simulated TWS, and against a port where nothing listens. */
class IbtestCommandTest {

    private static final Pattern BAR = Pattern.compile(
            "\\d{4}, \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}, [0-9.]+, [0-9.]+, [0-9.]+, [0-9.]+, [0-9.]+, 0, "
                    + "(nan|[0-9.]+)");

    private record Result(int rc, List<String> out, List<String> err) {
    }

    private static Result run(String... args) {
        CliRun r = CliRun.runCapturingSystem(args);
        return new Result(r.code(), r.out().lines().toList(), r.err().lines().toList());
    }

    @Test
    void simRunPrintsTheSeedsLinesAndTradesWithPartialFills() {
        Result r = run("ibtest", "--sim", "--data0", "TWTR-STK-SMART-USD", "--resample", "--timeframe", "Seconds",
                "--compression", "1", "--no-backfill_start", "--broker", "--trade", "--stopafter", "20",
                "--clientId", "21", "--sim-participation", "0.002");
        assertEquals(0, r.rc(), String.join("\n", r.err()));
        List<String> out = r.out();
        assertEquals(List.of("--------------------------------------------------", "Strategy Created",
                "--------------------------------------------------", "Timezone from ContractDetails: US/Eastern",
                "Datetime, Open, High, Low, Close, Volume, OpenInterest, SMA"), out.subList(0, 5));
        assertTrue(out.contains("***** STORE NOTIF: <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>"));
        assertTrue(out.indexOf("***** DATA NOTIF: CONNECTED") < out.indexOf("***** DATA NOTIF: LIVE"));
        assertTrue(out.stream().filter(l -> BAR.matcher(l).matches()).count() >= 8, "bar lines");
        assertTrue(out.stream().anyMatch(l -> l.startsWith("-------------------------------------------------- ORDER BEGIN ")));
        assertTrue(out.contains("Status: Partial"), "the buy fills in parts");
        assertTrue(out.contains("Status: Completed"));
        assertTrue(out.contains("OrderType: MKT"));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("-------------------------------------------------- TRADE BEGIN ")));
    }

    @Test
    void aVirtualClockSessionPrintsTheSameLinesOnEveryRunFasterThanRealTime() {
        String[] args = {"ibtest", "--sim", "--sim-virtual", "--data0", "TWTR-STK-SMART-USD", "--resample", "--timeframe",
            "Seconds", "--compression", "5", "--broker", "--trade", "--stopafter", "6", "--clientId", "5",
            "--sim-participation", "0.002"};
        org.bt4j.time.Stopwatch watch = org.bt4j.time.Stopwatch.start();
        Result first = run(args);
        long wall = watch.elapsedNanos();
        assertEquals(0, first.rc(), String.join("\n", first.err()));
        Result second = run(args);
        assertEquals(first.out(), second.out(), "the same lines, run after run");
        List<String> bars = first.out().stream().filter(l -> BAR.matcher(l).matches()).toList();
        assertTrue(bars.get(0).contains("2024-01-08T"), "on the virtual clock: " + bars.get(0));
        assertTrue(first.out().contains("Status: Partial"), "the buy fills in parts");
        long simulated = 5_000_000_000L * bars.size(); // at least one 5-second bar per bar line
        assertTrue(wall < simulated, "faster than real time: " + wall / 1e9 + " s for " + bars.size() + " bars");
    }

    @Test
    void aVirtualClockSessionWithADisconnectionPrintsTheSameLinesTwiceInAFractionOfItsLength(@TempDir Path dir) {
        Path recorded = dir.resolve("first.log");
        java.util.function.Function<Path, String[]> args = record -> new String[] {"ibtest", "--sim", "--sim-virtual",
            "--sim-seed", "7", "--sim-fault", "30s:drop", "--record", record.toString(), "--data0", "TWTR-STK-SMART-USD",
            "--resample", "--timeframe", "Seconds", "--compression", "5", "--broker", "--trade", "--stopafter", "12",
            "--clientId", "6", "--sim-participation", "0.002"};
        Stopwatch watch = Stopwatch.start();
        Result first = run(args.apply(recorded));
        long real = watch.elapsedNanos();
        assertEquals(0, first.rc(), String.join("\n", first.err()));
        assertTrue(first.out().contains("***** STORE NOTIF: <disconnected: TWS closed the connection>"),
                String.join("\n", first.out()));
        Result second = run(args.apply(dir.resolve("second.log")));
        assertEquals(first.out(), second.out(), "the same lines, run after run");
        long virtual = virtualLength(recorded);
        assertTrue(real < virtual / 2, "a fraction of its length: " + real / 1e9 + " s of real time for "
                + virtual / 1e9 + " s of virtual time");
    }

    /** From the first to the last clock reading a recorded session holds: its length on its own clock. */
    private static long virtualLength(Path journal) {
        try (SessionJournal.Reader r = SessionJournal.open(journal)) {
            r.bind(new Inlet<Object>() { // the store's events, the only recorded ones: their readings, not their payloads
                @Override public String name() {
                    return "ib.store";
                }

                @Override public void accept(Object message) {
                }

                @Override public Object read(java.io.DataInput in) {
                    return this;
                }
            });
            long last = r.startNanos();
            for (SessionJournal.Entry e = r.next(); e != null; e = r.next()) {
                last = e.nanos();
            }
            return last - r.startNanos();
        }
    }

    @Test
    void nothingListeningEndsWithOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Result r = run("ibtest", "--port", Integer.toString(port), "--reconnect", "1", "--timeout", "0.1",
                "--data0", "TWTR");
        assertEquals(1, r.rc());
        assertEquals(1, r.err().size(), String.join("\n", r.err()));
        assertTrue(r.err().get(0).startsWith("bt4j: cannot connect to TWS at 127.0.0.1:" + port + " after 2 attempt(s): "),
                r.err().get(0));
    }

    @Test
    void badOptionsAreOneLineErrors() {
        Result r = run("ibtest", "--data0", "TWTR", "--resample", "--replay");
        assertEquals(2, r.rc());
        assertEquals(List.of("bt4j: --replay and --resample cannot be used together"), r.err());
    }
}
