package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bt4j worker} and {@code bt4j optimize --cluster}: three workers as separate JVMs on
 * loopback (ephemeral ports), one killed with SIGKILL in the middle of a sweep; the results file
 * must equal the one-JVM run's byte for byte (same rows, same order, each combination once), and
 * each member must have received the data once. Bad data is the coordinator's one-line error.
 */
class WorkerCommandTest {

    private static final Pattern LISTENING = Pattern.compile("bt4j worker: listening on (127\\.0\\.0\\.1:\\d+) with .*");
    private static final String RECEIVED = "bytes received";

    @TempDir
    Path dir;

    private final List<Worker> workers = new ArrayList<>();

    /** One worker JVM and the lines it printed so far. */
    private static final class Worker {
        final Process process;
        final LinkedBlockingQueue<String> fresh = new LinkedBlockingQueue<>();
        final List<String> lines = new CopyOnWriteArrayList<>();

        Worker(Process p) {
            this.process = p;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lines.add(line);
                        fresh.add(line);
                    }
                } catch (java.io.IOException e) {
                    // the process is gone
                }
                fresh.add(""); // end of output
            }, "worker-out-" + p.pid());
            reader.setDaemon(true);
            reader.start();
        }

        /** The next line containing {@code text}; fails when the worker ends first. */
        String await(String text) throws InterruptedException {
            while (true) {
                String line = fresh.poll(90, TimeUnit.SECONDS);
                assertNotNull(line, "no '" + text + "' from the worker in 90 s: " + lines);
                assertTrue(!line.isEmpty() || process.isAlive(), "the worker ended: " + lines);
                if (line.contains(text)) {
                    return line;
                }
            }
        }

        long count(String text) {
            return lines.stream().filter(l -> l.contains(text)).count();
        }
    }

    private Worker start(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "-cp", cp, Main.class.getName(),
                "worker", "--port", "0", "--threads", "1"));
        cmd.addAll(List.of(args));
        Worker w = new Worker(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        workers.add(w);
        return w;
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Worker w : workers) {
            w.process.destroyForcibly();
            w.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Path data() throws Exception {
        return Path.of(WorkerCommandTest.class.getResource("/golden/data/daily-s1.csv").toURI());
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aMemberKilledMidSweepLosesNothing() throws Exception {
        Worker first = start();
        Matcher m = LISTENING.matcher(first.await("listening on"));
        assertTrue(m.matches());
        String address = m.group(1);
        Worker victim = start("--join", address);
        Worker third = start("--join", address);
        victim.await("listening on");
        third.await("listening on");

        String[] sweep = {"optimize", "--data", data().toString(), "--strategy", "smacross", "--no-progress",
            "--param", "fast=3:22", "--param", "slow=25:54", "--analyzer", "SQN", "--analyzer", "DrawDown"};
        Path single = dir.resolve("single.csv");
        CliRun one = CliRun.run(concat(sweep, "--out", single.toString()));
        assertEquals(0, one.code(), one.err());

        Path clustered = dir.resolve("cluster.csv");
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                () -> CliRun.run(concat(sweep, "--out", clustered.toString(), "--cluster", address)));
        victim.await(RECEIVED); // the victim has the data and is running its first chunk
        victim.process.destroyForcibly(); // SIGKILL: no goodbye to the cluster
        assertTrue(victim.process.waitFor(30, TimeUnit.SECONDS));
        CliRun c = run.get(120, TimeUnit.SECONDS);

        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("bt4j: 600 combinations (0 failed)"), c.err());
        assertTrue(c.err().matches("(?s).*; \\d+ combinations run again after a member left\\).*"), c.err());
        assertEquals(Files.readString(single), Files.readString(clustered), "the same rows in the same order");
        assertEquals(601, Files.readAllLines(clustered).size());
        assertEquals(1, first.count(RECEIVED), "the data reaches each member once: " + first.lines);
        assertEquals(1, third.count(RECEIVED), "the data reaches each member once: " + third.lines);
        assertEquals(1, victim.count(RECEIVED), victim.lines.toString());

        // bad data is refused by the members with the coordinator's one line, and no file
        Path bad = Files.writeString(dir.resolve("bad.csv"), "Date,Open,High,Low,Close,Volume,OpenInterest\n"
                + "2020-01-01,10,9,8,9,100,0\n");
        Path none = dir.resolve("none.csv");
        CliRun refused = CliRun.run("optimize", "--data", bad.toString(), "--strategy", "smacross", "--no-progress",
                "--param", "fast=3:4", "--param", "slow=10", "--out", none.toString(), "--cluster", address);
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().strip().matches("bt4j: " + Pattern.quote(bad.toString()) + ":2: [^\n]*"), refused.err());
        assertTrue(!Files.exists(none), "no partial results");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
