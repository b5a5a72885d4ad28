package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bt4j.line.Indicator;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * backtrader's own indicator tests (bt-indicator-checkpoints.json, on 2006-day-001): the strategy
 * minimum period (largest line minimum period) and the {@code '%f'} values at the three check
 * points, in both run modes, built through the registry by the alias the test uses.
 */
class IndicatorCheckpointsTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = IndicatorCheckpointsTest.class.getResourceAsStream("checkpoints.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    out.add(Arguments.of(f[0], f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkpoint(String test, String[] f) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!f[2].equals("-")) {
            for (String kv : f[2].split(";")) {
                params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        Runs.Result r = Runs.both(ArrayFeed::bt2006, feed -> IndicatorRegistry.get(f[1]).create(feed, params));
        Indicator ind = r.indicator();
        int mp = 0;
        for (int k = 0; k < ind.lineCount(); k++) {
            mp = Math.max(mp, ind.line(k).minPeriod());
        }
        assertEquals(Integer.parseInt(f[3]), Math.max(mp, ind.minPeriod()), test + ": minimum period");
        int[] idx = Arrays.stream(f[4].split(",")).mapToInt(Integer::parseInt).toArray();
        String[] lineNames = f[5].split(",");
        String[] rows = f[6].split(";");
        for (int k = 0; k < lineNames.length; k++) {
            int li = -1;
            for (int j = 0; j < ind.lineCount(); j++) {
                if (ind.lineName(j).equals(lineNames[k])) {
                    li = j;
                }
            }
            assertTrue(li >= 0, test + ": no line " + lineNames[k]);
            String[] vals = rows[k].split("\\|");
            for (int c = 0; c < idx.length; c++) {
                String got = PyFormat.fixed(r.line(li)[idx[c]], 6);
                List<String> ok = List.of(vals[c].split("/"));
                assertTrue(ok.contains(got), test + " " + lineNames[k] + " at " + idx[c] + ": expected " + ok + " got " + got);
            }
        }
    }
}
