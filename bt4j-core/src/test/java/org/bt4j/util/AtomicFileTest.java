package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFile}: complete or absent, never partial; one-line checks of file names. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writeReplacesTheTargetWhole() throws Exception {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        AtomicFile.write(f, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new content", Files.readString(f));
        assertEquals(1, files());
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporary() throws Exception {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("boom");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(1, files());
    }

    @Test
    void closeWithoutCommitCreatesNothing() throws Exception {
        Path f = dir.resolve("new.csv");
        try (AtomicFile a = AtomicFile.open(f)) {
            a.out().write(1);
        }
        assertFalse(Files.exists(f));
        assertEquals(0, files());
    }

    @Test
    void outAppendsARangeOfAnotherFileAfterWhatItBuffered() throws Exception {
        Path src = dir.resolve("src.bin");
        byte[] data = new byte[300_000];
        new java.util.Random(5).nextBytes(data);
        Files.write(src, data);
        Path f = dir.resolve("joined.bin");
        try (AtomicFile a = AtomicFile.open(f); java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(src)) {
            a.out().write("head".getBytes(StandardCharsets.US_ASCII));
            ((FileAppendable) a.out()).append(ch, 1000, 250_000);
            a.out().write('!');
            assertThrows(IOException.class, () -> ((FileAppendable) a.out()).append(ch, 299_990, 11));
            a.commit();
        }
        byte[] joined = Files.readAllBytes(f);
        byte[] expected = new byte[4 + 250_000 + 1 + 10];
        System.arraycopy("head".getBytes(StandardCharsets.US_ASCII), 0, expected, 0, 4);
        System.arraycopy(data, 1000, expected, 4, 250_000);
        expected[250_004] = '!';
        System.arraycopy(data, 299_990, expected, 250_005, 10); // what the short append copied before it failed
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, joined);
    }

    @Test
    void checkNamesTheProblem() {
        Path missing = dir.resolve("no").resolve("x.png");
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFile.check("--plot", missing));
        assertEquals("--plot " + missing + ": directory " + missing.getParent() + " does not exist", e.getMessage());
        assertThrows(BadInputException.class, () -> AtomicFile.check("--plot", dir));
        assertEquals(dir.resolve("ok.png"), AtomicFile.check("--plot", dir.resolve("ok.png")));
    }
}
