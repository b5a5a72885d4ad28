package org.bt4j.feed;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Test helper: golden data files on the test class path, and temporary CSV files. */
public final class FeedTestFiles {

    private FeedTestFiles() {
    }

    /** A golden data file, e.g. {@code daily-s1.csv}. */
    public static Path golden(String file) {
        return resource("/golden/data/" + file);
    }

    /** Any test resource as a path. */
    public static Path resource(String name) {
        try {
            return Paths.get(FeedTestFiles.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** Writes {@code lines} (joined by '\n') to a new file named {@code name} in {@code dir}. */
    public static Path write(Path dir, String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** Asserts that both lists hold the same bars, bit for bit (NaN equal to NaN). */
    public static void assertSameBars(List<Bar> expected, List<Bar> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.size(), actual.size(), "bar count");
        for (int i = 0; i < expected.size(); i++) {
            Bar e = expected.get(i);
            Bar a = actual.get(i);
            boolean same = e.time == a.time && bits(e.open) == bits(a.open) && bits(e.high) == bits(a.high)
                && bits(e.low) == bits(a.low) && bits(e.close) == bits(a.close) && bits(e.volume) == bits(a.volume)
                && bits(e.openInterest) == bits(a.openInterest);
            if (!same) {
                org.junit.jupiter.api.Assertions.fail("bar " + (i + 1) + ": expected " + e + " got " + a);
            }
        }
    }

    private static long bits(double v) {
        return Double.doubleToLongBits(v);
    }

    /** Every bar of a preloaded feed, in order, as copies. */
    public static List<Bar> preloaded(DataFeed feed) {
        feed.start();
        feed.preload();
        List<Bar> out = new ArrayList<>();
        while (feed.next()) {
            out.add(new Bar().set(feed, 0));
        }
        feed.stop();
        return out;
    }

    /** Loads every bar of {@code feed} (streaming) into a list of copies. */
    public static List<Bar> drain(DataFeed feed) {
        List<Bar> out = new ArrayList<>();
        feed.start();
        while (feed.next()) {
            out.add(new Bar().set(feed, 0));
        }
        feed.stop();
        return out;
    }

    /**
     * What a feed gives: its bars as copies, or the message of the error that stopped it (then
     * nothing else: a failed load keeps no bars).
     */
    public static String outcome(java.util.function.Supplier<List<Bar>> load) {
        List<Bar> bars;
        try {
            bars = load.get();
        } catch (org.bt4j.BadInputException e) {
            return "error: " + e.getMessage();
        }
        StringBuilder sb = new StringBuilder();
        for (Bar b : bars) {
            sb.append(b.time).append(' ').append(bits(b.open)).append(' ').append(bits(b.high)).append(' ')
                .append(bits(b.low)).append(' ').append(bits(b.close)).append(' ').append(bits(b.volume)).append(' ')
                .append(bits(b.openInterest)).append('\n');
        }
        return bars.size() + " bars\n" + sb;
    }

    /**
     * Asserts that preloading the feeds {@code feed} makes, read in parts on 1 to 4 threads and
     * cut at many places (parts down to one byte, so a cut falls next to every kind of line end),
     * gives exactly what reading row by row gives: the same bars, or the same error line for the
     * first bad row.
     */
    public static void assertPreloadMatchesRowByRow(java.util.function.Supplier<CsvFeed> feed) {
        String expected = outcome(() -> drain(feed.get()));
        for (int threads = 1; threads <= 4; threads++) {
            for (long partBytes : new long[] {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 1 << 12, CsvParts.PART_BYTES}) {
                int t = threads;
                String actual = outcome(() -> preloaded(feed.get().loadThreads(t).partBytes(partBytes)));
                if (!expected.equals(actual)) {
                    org.junit.jupiter.api.Assertions.assertEquals(expected, actual,
                        threads + " threads, parts of " + partBytes + " bytes");
                }
            }
        }
    }

    /** Replaces, inserts or deletes one character of {@code text} at random, with one of {@code alphabet}. */
    public static void mutate(StringBuilder text, java.util.SplittableRandom r, String alphabet) {
        int at = r.nextInt(text.length());
        char c = alphabet.charAt(r.nextInt(alphabet.length()));
        switch (r.nextInt(3)) {
            case 0: text.setCharAt(at, c); break;
            case 1: text.insert(at, c); break;
            default: text.deleteCharAt(at); break;
        }
    }
}
