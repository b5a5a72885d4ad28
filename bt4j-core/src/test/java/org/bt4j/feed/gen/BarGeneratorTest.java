package org.bt4j.feed.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.bt4j.feed.Bar;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.FeedTestFiles;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarGeneratorTest {

    @TempDir
    Path dir;

    private static String sha256(BarGenerator g) throws IOException, NoSuchAlgorithmException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.write(out);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    }

    @Test
    void reproducesTheGoldenFilesByteForByte() throws Exception {
        assertEquals("baab823ca4e612aea29136dbc8bbb7d71bdb67bf81516b3ed39814dccd71d446",
            sha256(BarGenerator.daily(1, 10000, LocalDate.of(2015, 1, 5), 1000)));
        assertEquals("34ee59073eb4c23180dce03a79fb4058cb8d7621c8a2b501038b9acda5da292f",
            sha256(BarGenerator.minute(2, 5000, LocalDate.of(2020, 3, 2), 7800)));
        assertEquals("05b22c33a05883a2746f1e15f005c2aebdecb865c6fc2a539978c7430115c8dd",
            sha256(BarGenerator.minute(42, 100000, LocalDate.of(2000, 1, 3), 100_000)));
    }

    @Test
    void inMemoryFeedEqualsTheParsedFile() throws IOException {
        BarGenerator g = BarGenerator.minute(2, 5000, LocalDate.of(2020, 3, 2), 2000);
        Path p = dir.resolve("m.csv");
        g.write(p);
        List<Bar> parsed = FeedTestFiles.drain(CsvFeeds.open(p, TimeFrame.Minutes, 1));
        List<Bar> memory = FeedTestFiles.drain(g.toFeed("m"));
        assertEquals(parsed.size(), memory.size());
        for (int i = 0; i < parsed.size(); i++) {
            assertEquals(parsed.get(i).toString(), memory.get(i).toString());
        }
        BarGenerator d = BarGenerator.daily(1, 10000, LocalDate.of(2015, 1, 3), 50);
        Path q = dir.resolve("d.csv");
        d.write(q);
        assertEquals(FeedTestFiles.drain(CsvFeeds.open(q, null, 1)).toString(), FeedTestFiles.drain(d.toFeed("d")).toString());
        assertEquals(true, Files.readString(q).startsWith(CsvFeeds.BACKTRADER_HEADER + "\n2015-01-05,"),
            "a weekend start date moves to Monday");
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BarGenerator.minute(1, 99, LocalDate.of(2020, 1, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> BarGenerator.daily(1, 100, LocalDate.of(2020, 1, 1), -1));
    }
}
