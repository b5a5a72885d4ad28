package org.bt4j.cli.badinput;

import static org.bt4j.cli.badinput.Cli.refused;
import static org.bt4j.cli.badinput.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bt4j.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resources that run out end with one {@code bt4j:} line saying what ran out and what to change:
 * the heap (a real JVM with a 24 MB heap given a million bars), and the disk (a CSV writer and a PNG
 * chart written to a full 128 KiB tmpfs; root only, skipped otherwise), leaving no partial file.
 */
class ExhaustionTest {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsOneLine() throws Exception {
        Path big = dir.resolve("big.csv");
        Cli.Run gen = run("data", "generate", "--mode", "daily", "--seed", "1", "--start-price", "100.00",
                "--start-date", "1990-01-02", "--bars", "1000000", "--out", big.toString());
        assertEquals(0, gen.code(), gen.label());
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-XX:+UseSerialGC", "-cp", cp, Main.class.getName(), "backtest", "--data", big.toString(),
                "--strategy", "smacross").redirectOutput(dir.resolve("out.txt").toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, p.exitValue(), err);
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("bt4j: out of memory (") && lines.get(0).contains("with a heap of ")
                && lines.get(0).endsWith("give the JVM more (BT4J_JAVA_OPTS=-Xmx2g), or use less: a shorter data file,"
                + " fewer --threads"), err);
    }

    @Test
    void aFullDiskIsOneLineAndLeavesNoFile() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", mnt.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(mount.waitFor() == 0, "full-disk case skipped: cannot mount a small tmpfs (needs root): "
                + said);
        try {
            try (OutputStream out = Files.newOutputStream(mnt.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                // the file system is full
            }
            Path good = new BadFiles(dir).good();
            String[] common = {"backtest", "--data", good.toString(), "--strategy", "smacross", "--param", "fast=3",
                "--param", "slow=7"};
            for (String[] more : new String[][] {{"--writer", mnt.resolve("w.csv").toString()},
                {"--plot", mnt.resolve("chart.png").toString()}}) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common),
                        java.util.Arrays.stream(more)).toArray(String[]::new);
                Cli.Run r = run(args);
                String line = Cli.refusedAfterStreaming(r, "the disk is full", "No space left on device",
                        "free some space or write to another disk");
                assertEquals(1, r.code(), line);
                try (var files = Files.list(mnt)) {
                    assertEquals(List.of("filler"), files.map(f -> f.getFileName().toString()).toList(),
                            "nothing half-written: " + line);
                }
            }
        } finally {
            new ProcessBuilder("umount", mnt.toString()).start().waitFor();
        }
    }
}
