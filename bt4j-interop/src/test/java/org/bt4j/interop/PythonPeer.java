package org.bt4j.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a session script of {@code src/test/python} as a child process, with one peer client on its
 * {@code PYTHONPATH}, in a venv made once per build (in {@code target/interop/venv}) from the peers'
 * wheels (pytz, protobuf) over the system's packages (numpy). The script's output goes to
 * {@code target/interop/<name>.log}; a non-zero exit fails the test with that log. Sessions of
 * different names may run at once, on several test threads and in several test JVMs (the venv is
 * made once, under the class lock and a lock on {@code target/interop/venv.lock}).
 */
final class PythonPeer {

    /** How long one client session may take before the test fails. */
    static final long SESSION_TIMEOUT_SECONDS = 240;

    private static Path venvPython;

    private final Path peers;
    private final String name;
    private final List<String> pythonPath = new ArrayList<>();

    /** A client named {@code name} (the log's name) whose code is in these peers sub-folders. */
    PythonPeer(Path peers, String name, String... folders) {
        this.peers = peers;
        this.name = name;
        for (String f : folders) {
            pythonPath.add(peers.resolve(f).toString());
        }
        pythonPath.add(scripts().toString());
    }

    static Path scripts() {
        return Path.of(System.getProperty("bt4j.interop.python", "src/test/python")).toAbsolutePath();
    }

    static Path work() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("bt4j.interop.work", "target/interop")).toAbsolutePath());
    }

    /**
     * Runs {@code script args…} and judges its lines (see {@link SessionReport}); fails the test on a
     * timeout, a crash or any problem. Returns the report.
     */
    SessionReport run(String script, String... args) throws IOException, InterruptedException {
        Finished f = execute(scripts().resolve(script), args);
        SessionReport report = SessionReport.parse(f.out);
        String verdict = report.verdict(f.exit);
        if (verdict != null) {
            fail(name + ": " + verdict + " (log " + f.log + "):\n" + tail(f.out));
        }
        System.out.println("[interop] " + name + ": " + report.summaryLine());
        return report;
    }

    /**
     * Runs a program of the peers themselves ({@code script}, any path, unmodified) and returns what
     * it printed (stdout and stderr); fails the test on a timeout or a non-zero exit.
     */
    String runProgram(Path script, String... args) throws IOException, InterruptedException {
        Finished f = execute(script, args);
        if (f.exit != 0) {
            fail(name + ": exit " + f.exit + " (log " + f.log + "):\n" + tail(f.out));
        }
        return f.out;
    }

    private record Finished(String out, int exit, Path log) {
    }

    private Finished execute(Path script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python(peers).toString());
        cmd.add("-u");
        cmd.add(script.toString());
        cmd.addAll(List.of(args));
        Path log = work().resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PYTHONPATH", String.join(File.pathSeparator, pythonPath));
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        boolean done = p.waitFor(SESSION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!done) {
            fail(name + ": session still running after " + SESSION_TIMEOUT_SECONDS + " s (log " + log + "):\n" + tail(out));
        }
        return new Finished(out, p.exitValue(), log);
    }

    private static String tail(String out) {
        String[] lines = out.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }

    /** The venv's python, made on first use (by whichever test JVM of the build comes first). */
    static synchronized Path python(Path peers) throws IOException, InterruptedException {
        if (venvPython != null) {
            return venvPython;
        }
        Path venv = work().resolve("venv");
        Path py = venv.resolve("bin").resolve("python");
        try (FileChannel file = FileChannel.open(work().resolve("venv.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock made = file.lock()) {
            if (!Files.isExecutable(py)) {
                exec(List.of("python3", "-m", "venv", "--system-site-packages", venv.toString()));
                exec(List.of(py.toString(), "-m", "pip", "install", "-q", "--no-index", "--find-links",
                        peers.resolve("wheels").toString(), "pytz", "protobuf"));
            }
        }
        venvPython = py;
        return py;
    }

    private static void exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail(String.join(" ", cmd) + " failed:\n" + out);
        }
    }
}
