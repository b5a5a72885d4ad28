package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry against backtrader itself: every golden {@code indicator} case (outputs produced by
 * backtrader 1.9.78.123, copied from the shared golden folder with a TSV manifest derived from its
 * cases.json) in both run modes, within the README tolerance. Each data file is loaded once.
 */
class IndicatorRegistryTest {

    private static final Path ROOT = root();
    private static final Map<String, DataFeed> FEEDS = new HashMap<>();

    private static Path root() {
        try {
            return Path.of(IndicatorRegistryTest.class.getResource("/golden/indicator-cases.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("indicator-cases.tsv"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            for (IndicatorRun.Mode mode : IndicatorRun.Mode.values()) {
                out.add(Arguments.of(f[0] + " " + mode, f, mode));
            }
        }
        return out.stream();
    }

    private static synchronized DataFeed feed(String data, String tf, int compression) {
        return FEEDS.computeIfAbsent(data + "|" + tf + "|" + compression, k -> {
            DataFeed feed = CsvFeeds.open(ROOT.resolve(data), TimeFrame.parse(tf), compression);
            feed.preload();
            return feed;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenCase(String label, String[] f, IndicatorRun.Mode mode) throws IOException {
        DataFeed feed = feed(f[1], f[2], Integer.parseInt(f[3]));
        Map<String, String> params = new LinkedHashMap<>();
        if (!f[5].equals("-")) {
            for (String kv : f[5].split(";")) {
                int eq = kv.indexOf('=');
                params.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        Indicator ind;
        StringBuilder got = new StringBuilder();
        try (LineContext ctx = LineContext.open()) {
            ind = IndicatorRegistry.get(f[4]).create(feed, params);
            IndicatorRun.run(mode, feed, ctx.indicators());
        }
        IndicatorCsv.write(feed, ind, got);
        // where backtrader's modes differ, both bt4j modes must give the intended values:
        // DemarkPivotPoint's vectorised file, Ichimoku's bar-by-bar file (golden README, "Run modes")
        String expectedFile = !f[7].equals("-") && !f[4].equals("DemarkPivotPoint") ? f[7] : f[6];
        compare(Files.readAllLines(ROOT.resolve(expectedFile)), got.toString().split("\n"), label);
    }

    static void compare(List<String> expected, String[] got, String label) {
        assertEquals(expected.get(0), got[0], label + ": header");
        assertEquals(expected.size(), got.length, label + ": rows");
        for (int r = 1; r < got.length; r++) {
            String[] e = expected.get(r).split(",");
            String[] g = got[r].split(",");
            assertEquals(e[0], g[0], label + ": datetime of row " + r);
            for (int c = 1; c < e.length; c++) {
                if (!close(e[c], g[c])) {
                    fail(label + ": row " + r + " (" + e[0] + ") col " + c + ": expected " + e[c] + " got " + g[c]);
                }
            }
        }
    }

    static boolean close(String e, String g) {
        if (e.equals(g)) {
            return true;
        }
        if (e.equals("nan") || g.equals("nan")) {
            return false;
        }
        double a = Double.parseDouble(e.replace("inf", "Infinity"));
        double b = Double.parseDouble(g.replace("inf", "Infinity"));
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= Math.max(1e-9, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
    }

    @Test
    void declaredLinesMatchTheBuiltIndicators() {
        DataFeed feed = ArrayFeed.bt2006();
        feed.preload();
        for (IndicatorRegistry.Entry e : IndicatorRegistry.entries()) {
            try (LineContext ignored = LineContext.open()) {
                Indicator ind = e.create(feed, Map.of());
                List<String> names = new ArrayList<>();
                for (int k = 0; k < ind.lineCount(); k++) {
                    names.add(ind.lineName(k));
                }
                assertEquals(e.lines(), names, e.name());
            }
            assertTrue(e.describe().startsWith(e.name()), e.describe());
        }
    }

    @Test
    void unknownNamesAndParamsAreOneClearLine() {
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> IndicatorRegistry.get("Nope"));
        assertTrue(a.getMessage().startsWith("unknown indicator 'Nope'; valid: MovingAverageSimple, "), a.getMessage());
        DataFeed feed = ArrayFeed.bt2006();
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
            () -> IndicatorRegistry.get("SMA").create(feed, Map.of("perod", "3")));
        assertEquals("unknown parameter 'perod' for MovingAverageSimple; valid: period", b.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
            () -> IndicatorRegistry.get("SMA").create(feed, Map.of("period", "x")));
        assertEquals("parameter period of MovingAverageSimple must be int, got 'x'", c.getMessage());
        assertEquals("MovingAverageSimple", IndicatorRegistry.get("SMA").name());
        assertEquals("RelativeStrengthIndex", IndicatorRegistry.get("rsi").name());
    }

    static {
        try {
            Files.size(ROOT.resolve("indicator-cases.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
