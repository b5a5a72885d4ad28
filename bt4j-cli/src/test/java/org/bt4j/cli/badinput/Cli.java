package org.bt4j.cli.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.bt4j.cli.Main;
import picocli.CommandLine;

/**
 * Runs {@code bt4j} through its real entry point ({@link Main#commandLine()}) with captured stdout
 * and stderr, and states what a refusal of bad input must look like: a non-zero exit, exactly one
 * line on stderr beginning {@code bt4j:} that names the problem, no stack trace, nothing on stdout.
 * Threading: one run per call; the command line is built fresh each time.
 */
final class Cli {

    /** One finished run. */
    record Run(String[] args, int code, String out, String err) {

        String label() {
            return "bt4j " + String.join(" ", args) + " -> exit " + code + ", stderr: " + err + " stdout: "
                    + (out.length() > 200 ? out.substring(0, 200) + "..." : out);
        }
    }

    private Cli() {
    }

    /** Runs {@code bt4j args…}; a run that does not end within 60 s fails the test. */
    static Run run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(args, code, out.toString(), err.toString());
        }, () -> "bt4j " + String.join(" ", args) + " did not end");
    }

    /**
     * As {@link #run}, for a command that also writes to {@code System.out} and {@code System.err}
     * (ibtest's strategy lines, the console log appender): those streams are captured too and
     * appended to the run's stdout and stderr, so a log line or stack trace there is seen.
     */
    static synchronized Run runCapturingSystemStreams(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Run r;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            r = run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(args, r.code(), r.out() + out.toString(StandardCharsets.UTF_8),
                r.err() + err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Asserts a clean refusal whose one stderr line contains every {@code fragment}.
     *
     * @return the stderr line
     */
    static String refused(Run r, String... fragments) {
        assertEquals("", r.out(), "nothing on stdout: " + r.label());
        return refusedAfterStreaming(r, fragments);
    }

    /**
     * As {@link #refused}, for a command that streams its result to stdout as it reads (resample):
     * rows before the bad line may already be out; the exit code tells a pipeline it failed.
     */
    static String refusedAfterStreaming(Run r, String... fragments) {
        assertNotEquals(0, r.code(), r.label());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "exactly one line on stderr: " + r.label());
        String line = lines.get(0);
        assertTrue(line.startsWith("bt4j: "), r.label());
        assertTrue(!line.contains("Exception") && !line.contains("\tat ") && !line.contains("internal error"),
                "no stack trace or internal error: " + r.label());
        for (String f : fragments) {
            assertTrue(line.contains(f), "stderr should name '" + f + "': " + r.label());
        }
        return line;
    }
}
