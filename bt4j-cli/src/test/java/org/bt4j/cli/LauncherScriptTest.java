package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./bt4j} launcher, run as a real child process from a copy next to a jar
 * that is up to date (so it builds nothing), with a {@code java} on the PATH that prints the
 * arguments it was given: the JVM options it chooses per command, and {@code BT4J_JAVA_OPTS}
 * replacing the JIT choice while {@code -Xss4m} stays; and the class-data sharing options it passes
 * when an archive is there, given to the real JVM with an archive it cannot use.
 */
class LauncherScriptTest {

    @TempDir
    Path root;

    private String launch(String javaOpts, String... args) throws IOException, InterruptedException {
        Path script = root.resolve("bt4j");
        Files.copy(Path.of(System.getProperty("user.dir")).resolveSibling("bt4j"), script,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path jar = Files.createDirectories(root.resolve("bt4j-cli/target")).resolve("bt4j.jar");
        Files.writeString(jar, "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        if (javaOpts == null) {
            pb.environment().remove("BT4J_JAVA_OPTS");
        } else {
            pb.environment().put("BT4J_JAVA_OPTS", javaOpts);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(true, p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.replace(jar.toString(), "JAR");
    }

    @Test
    void oneShotCommandsGetC1AndSerialGcOthersTheDefaultJit() throws Exception {
        String oneShot = launch(null, "backtest", "--help");
        assertTrue(oneShot.startsWith("-Xss4m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "), oneShot);
        // from the class path, not -jar (no manifest read, no Add-Opens for Hazelcast)
        assertTrue(oneShot.endsWith(" -cp JAR " + Main.class.getName() + " backtest --help"), oneShot);
        assertEquals("-Xss4m -jar JAR gateway", launch(null, "gateway"));
        for (String root : new String[] {"--help", "--version"}) { // bt4j's own usage and version too
            assertTrue(launch(null, root).endsWith(" -cp JAR " + Main.class.getName() + " " + root), root);
        }
        assertTrue(launch(null).endsWith(" -cp JAR " + Main.class.getName()), "bt4j alone");
    }

    @Test
    void aMainSourceNewerThanTheJarRebuildsItNothingElseDoes() throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nexit 0\n"); // a build that succeeds at once
        Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000);
        for (String other : new String[] {".git/objects/ab/cdef", "bt4j-core/target/classes/A.class",
                "bt4j-core/src/test/java/ATest.java", "samples/new.csv"}) {
            Path f = root.resolve(other);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "");
            Files.setLastModifiedTime(f, later);
        }
        assertTrue(!launch(null, "--version").contains("building"));
        Path source = Files.createDirectories(root.resolve("bt4j-core/src/main/java/org")).resolve("A.java");
        Files.writeString(source, "");
        Files.setLastModifiedTime(source, later);
        assertTrue(launch(null, "--version").startsWith("bt4j: building"));
    }

    @Test
    void theOneShotOptionsPrintNothingOfTheirOwn() throws Exception {
        String opts = launch(null, "backtest");
        assertTrue(opts.contains("-XX:CompileCommand=CompileThresholdScaling,picocli.*::*,20.0"), opts);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(opts.substring(0, opts.indexOf(" -cp JAR")).split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Hi.class.getName()));
        assertEquals(List.of("", "0"), run(command)); // CompileCommand's notes would go to stdout
    }

    @Test
    void javaOptsReplaceTheJitChoiceAndKeepTheStackSize() throws Exception {
        assertEquals("-Xss4m -Xmx2g -XX:+UseG1GC -cp JAR " + Main.class.getName() + " backtest",
            launch("-Xmx2g -XX:+UseG1GC", "backtest"));
    }

    @Test
    void anArchiveTheJvmCannotUseIsSkippedWithoutAWord() throws Exception {
        Path jsa = Files.createDirectories(root.resolve("bt4j-cli/target")).resolve("bt4j.jsa");
        String echoed = launch(null, "backtest"); // makes the jar first, so the archive below is newer
        assertTrue(!echoed.contains("SharedArchiveFile"), echoed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a real archive made by this JVM for another class path (as after a checkout moved)
        Path jar = root.resolve("hi.jar");
        String entry = Hi.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             InputStream in = Hi.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        assertEquals("0", run(List.of(java, "-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:disable", "-cp", jar.toString(),
                Hi.class.getName())).get(1));
        assertTrue(jsa.toFile().setLastModified(System.currentTimeMillis() + 60_000)); // newer than the jar launch() writes
        String opts = launch(null, "backtest");
        String cds = opts.substring(opts.indexOf("-XX:SharedArchiveFile"), opts.indexOf(" -cp JAR"));
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(cds.split(" ")));
        command.addAll(List.of("-cp", root.toString(), "-version"));
        List<String> result = run(command);
        assertEquals("0", result.get(1), result.get(0));
        assertTrue(result.get(0).startsWith("openjdk version") || result.get(0).startsWith("java version"), result.get(0));
        assertTrue(!result.get(0).contains("[warning]") && !result.get(0).contains("[error"), result.get(0));
    }

    /** A main class to archive. */
    static final class Hi {
        public static void main(String[] args) {
        }
    }

    /** Runs {@code command}: its output (stdout and stderr together) and its exit code. */
    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return List.of(out, String.valueOf(code));
    }
}
