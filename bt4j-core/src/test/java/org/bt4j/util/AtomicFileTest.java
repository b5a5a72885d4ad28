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
    void checkNamesTheProblem() {
        Path missing = dir.resolve("no").resolve("x.png");
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFile.check("--plot", missing));
        assertEquals("--plot " + missing + ": directory " + missing.getParent() + " does not exist", e.getMessage());
        assertThrows(BadInputException.class, () -> AtomicFile.check("--plot", dir));
        assertEquals(dir.resolve("ok.png"), AtomicFile.check("--plot", dir.resolve("ok.png")));
    }
}
