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
}
