package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./bt4j} launcher, run as a real child process from a copy next to a jar
 * that is up to date (so it builds nothing), with a {@code java} on the PATH that prints the
 * arguments it was given: the JVM options it chooses per command, and {@code BT4J_JAVA_OPTS}
 * replacing the JIT choice while {@code -Xss4m} stays.
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
        assertTrue(oneShot.endsWith(" -jar JAR backtest --help"), oneShot);
        assertEquals("-Xss4m -jar JAR gateway", launch(null, "gateway"));
    }

    @Test
    void javaOptsReplaceTheJitChoiceAndKeepTheStackSize() throws Exception {
        assertEquals("-Xss4m -Xmx2g -XX:+UseG1GC -jar JAR backtest", launch("-Xmx2g -XX:+UseG1GC", "backtest"));
    }
}
