package org.bt4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One {@code bt4j} command line run in-process through {@link Main#commandLine()}: its exit code and
 * everything it printed on stdout and stderr. A test helper; each run uses a fresh command line, so
 * runs may happen on any thread.
 *
 * @param code the exit code (0 success, 2 user error)
 * @param out what the command printed on stdout
 * @param err what the command printed on stderr
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code bt4j args...} and captures its output. */
    static CliRun run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code bt4j args...} with System.out and System.err captured too (commands that print
     * there, like ibtest); one such run at a time in the JVM.
     */
    static synchronized CliRun runCapturingSystem(String... args) {
        java.io.PrintStream oldOut = System.out;
        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        try {
            System.setOut(new java.io.PrintStream(out, true, utf8));
            System.setErr(new java.io.PrintStream(err, true, utf8));
            int code = Main.commandLine().execute(args);
            return new CliRun(code, out.toString(utf8), err.toString(utf8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
