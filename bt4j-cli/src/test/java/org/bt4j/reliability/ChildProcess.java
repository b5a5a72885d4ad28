package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM the kill tests start and SIGKILL: its standard output is copied line by line to a file
 * and kept for {@link #await}; its standard error goes to a file; lines can be written to its input.
 * Test code, one thread per child for the copy.
 */
final class ChildProcess {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final Writer input;

    private ChildProcess(Process process, Path out) {
        this.process = process;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.reader = new Thread(() -> copy(out), "kill-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with {@code args} on this test's class path (C1, serial GC, a small heap). */
    static ChildProcess java(String mainClass, List<String> args, Path out, Path err) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), mainClass));
        cmd.addAll(args);
        return new ChildProcess(new ProcessBuilder(cmd).redirectError(err.toFile()).start(), out);
    }

    private void copy(Path out) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                w.println(line);
                w.flush();
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child was killed
        }
    }

    /** Waits until the child printed a line matching {@code what} and returns the first such line. */
    String await(Predicate<String> what, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            int i = 0;
            while (true) {
                for (; i < lines.size(); i++) {
                    if (what.test(lines.get(i))) {
                        return lines.get(i);
                    }
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("the child printed no such line (alive: " + process.isAlive() + ", " + lines.size() + " lines)");
                }
                lines.wait(100);
            }
        }
    }

    /** The lines printed so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Lets the child run a little (until it prints a line, at most 20 ms). */
    void pause() throws InterruptedException {
        synchronized (lines) {
            lines.wait(20);
        }
    }

    /** Writes one line to the child's standard input. */
    void send(String line) throws IOException {
        input.write(line + "\n");
        input.flush();
    }

    /** Waits until the child ends by itself ({@code seconds} at most) and its output is read; returns its exit code. */
    int awaitExit(int seconds) throws InterruptedException {
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "the child did not end within " + seconds + " s");
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** SIGKILL, and waits until the process and its output are gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the child ended");
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }
}
