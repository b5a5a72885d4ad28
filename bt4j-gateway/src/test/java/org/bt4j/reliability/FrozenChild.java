package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A child JVM that writes a SQLite file and prints {@code STEP n [more]} lines as it goes, and the
 * crash-consistent copies a test takes of that file: the child is frozen with SIGSTOP (every thread
 * in state T in /proc), the file and its WAL are copied as a crash would leave them, and it goes on
 * with SIGCONT. Used by the crash-consistency tests of the gateway's state file and of the order
 * journal. Linux only. Test thread only (one reader thread of its own).
 */
final class FrozenChild implements AutoCloseable {

    private final Process process;
    private final Path err;
    private final Object lock = new Object();
    private long step;
    private String stepLine = "";

    private FrozenChild(Process process, Path err) {
        this.process = process;
        this.err = err;
        Thread reader = new Thread(this::read, "frozen-child-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args} on the test class path; its standard error goes to {@code err}. */
    static FrozenChild start(Path err, Class<?> main, String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        return new FrozenChild(new ProcessBuilder(cmd).redirectError(err.toFile()).start(), err);
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("STEP ")) {
                    String[] f = line.split(" ");
                    synchronized (lock) {
                        step = Long.parseLong(f[1]);
                        stepLine = line;
                        lock.notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // the child ended
        }
    }

    /** Waits until the child printed step {@code atLeast} or later (60 s at most); returns that STEP line. */
    private String awaitStep(long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (lock) {
            while (step < atLeast) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("the child did not reach step " + atLeast + ": " + Files.readString(err));
                }
                lock.wait(100);
            }
            return stepLine;
        }
    }

    private long step() {
        synchronized (lock) {
            return step;
        }
    }

    /**
     * Freezes the child, copies {@code db} and its WAL to {@code copy} and {@code copy-wal} (an old
     * copy's WAL is removed first), and lets it go on. Returns whether a non-empty WAL was copied.
     */
    private boolean freezeAndCopy(Path db, Path copy) throws Exception {
        Path copyWal = Path.of(copy + "-wal");
        Files.deleteIfExists(copyWal);
        signal("STOP");
        try {
            awaitStopped(process.pid());
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            Path wal = Path.of(db + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, copyWal, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            signal("CONT");
        }
        return Files.exists(copyWal) && Files.size(copyWal) > 0;
    }

    /** A check of one copy, given the child's last STEP line before the freeze and the sample's number. */
    interface Check {
        void check(Path copy, String stepLine, int sample) throws Exception;
    }

    /**
     * Takes {@code samples} copies of {@code db} to {@code copy}, each after the child printed a new
     * step (the first after step {@code firstStep}), and checks each; a copy whose check fails is
     * added to {@code broken} with {@code label}, the sample and the step. Returns the copies that had a WAL.
     */
    int sample(Path db, Path copy, int samples, long firstStep, String label, Check check, List<String> broken)
            throws Exception {
        awaitStep(firstStep);
        long seen = step();
        int withWal = 0;
        for (int i = 0; i < samples; i++) {
            String line = awaitStep(seen + 1); // the child has moved on since the last sample
            seen = step();
            withWal += freezeAndCopy(db, copy) ? 1 : 0;
            try {
                check.check(copy, line, i);
            } catch (AssertionError | RuntimeException e) {
                broken.add(label + " sample " + i + " (child step " + seen + "): " + e.getMessage());
            }
        }
        return withWal;
    }

    private void signal(String sig) throws Exception {
        Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(process.pid())).start();
        assertEquals(0, k.waitFor(), "kill -" + sig);
    }

    /** Waits until every thread of {@code pid} is stopped (state T in /proc). */
    private static void awaitStopped(long pid) throws Exception {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            boolean all = true;
            try (Stream<Path> ts = Files.list(tasks)) {
                for (Path t : (Iterable<Path>) ts::iterator) {
                    String stat;
                    try {
                        stat = Files.readString(t.resolve("stat"));
                    } catch (IOException gone) {
                        continue; // a thread that ended
                    }
                    char st = stat.charAt(stat.lastIndexOf(')') + 2);
                    if (st != 'T' && st != 't') {
                        all = false;
                        break;
                    }
                }
            }
            if (all) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "process " + pid + " did not stop");
            Thread.onSpinWait();
        }
    }

    /** Kills the child (SIGKILL) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** For children: ends this JVM when its parent's end closes its standard input. */
    static void endWithParent() {
        Thread orphan = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent
                }
            } catch (IOException e) {
                // closed
            }
            Runtime.getRuntime().halt(3);
        }, "child-orphan-watch");
        orphan.setDaemon(true);
        orphan.start();
    }
}
