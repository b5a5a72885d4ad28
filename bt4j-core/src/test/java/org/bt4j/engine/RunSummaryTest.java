package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * {@link RunSummary}: the streamed document has the golden key order (its values are checked
 * against backtrader by {@link GoldenBacktestsTest}) and writes non-finite analysis values by the
 * rule asked for.
 */
class RunSummaryTest {

    @Test
    void dateTimesAsEpochNanosWritesThem() {
        // the element writer makes the date part once per day and the time in int arithmetic: the
        // same text as EpochNanos.appendIsoSeconds, in a zone with summer time, for instants on
        // either side of 1970 (1824 to 2116), across many days and in consecutive seconds
        java.util.Random rnd = new java.util.Random(7);
        LongRows orders = new LongRows(8);
        java.time.ZoneId ny = java.time.ZoneId.of("America/New_York");
        org.bt4j.time.ZoneConverter zone = org.bt4j.time.ZoneConverter.of(ny);
        List<String> expected = new java.util.ArrayList<>();
        long t = -5_000_000_000_000_000_000L;
        for (int r = 0; r < 3000; r++) {
            t = r % 3 == 0 ? t + 1_000_000_000L : rnd.nextLong() >> 1;
            long[] c = orders.chunk(r);
            int at = orders.offset(r);
            c[at + ResultRecorder.O_REF] = r + 1;
            c[at + ResultRecorder.O_CREATED_DT] = t;
            c[at + ResultRecorder.O_EXEC_DT] = ResultRecorder.NO_DT;
            StringBuilder sb = new StringBuilder();
            org.bt4j.time.EpochNanos.appendIsoSeconds(sb, zone.toLocal(t));
            expected.add(sb.toString());
        }
        RecordedRows rows = new RecordedRows(orders.view(3000), new LongRows(10).view(0), new java.time.ZoneId[] {ny});
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.bt4j.util.JsonWriter w = org.bt4j.util.JsonWriter.prettyElements(out, org.bt4j.util.JsonWriter.NonFinite.NULL, 2);
        assertEquals(3000, new RunSummary.Elements(w).orders(rows, 0, 3000));
        w.flush();
        List<String> written = out.toString(java.nio.charset.StandardCharsets.US_ASCII).lines()
            .filter(l -> l.contains("\"created_dt\"")).map(l -> l.substring(l.indexOf(": \"") + 3, l.lastIndexOf('"')))
            .toList();
        assertEquals(expected, written);
    }

    @Test
    void keyOrderAndNonFiniteRules() {
        Backtest.Result r = GoldenBacktestsTest.fromArgs(List.of("backtest", "--data", "data/daily-s1.csv",
            "--strategy", "smacross")).analyzer("x", () -> (Analyzer) () -> Map.of("v", Double.NaN)).run();
        String golden = r.json();
        assertTrue(golden.startsWith("{\n \"final_value\": "), golden.substring(0, 40));
        List<String> keys = golden.lines().filter(l -> l.matches("^ \"[a-z_]+\": .*")).map(l -> l.substring(2,
            l.indexOf('"', 2))).toList();
        assertEquals(List.of("final_value", "final_cash", "position_size", "position_price", "orders", "trades",
            "analyzers"), keys);
        assertTrue(golden.endsWith("\"x\": {\n   \"v\": \"nan\"\n  }\n }\n}"), golden);
        StringWriter strict = new StringWriter();
        r.writeJson(strict, 1);
        assertTrue(strict.toString().endsWith("\"v\": null\n  }\n }\n}"), strict.toString());
        assertEquals(golden.replace("\"nan\"", "null").replace("{\n \"final_value\"",
            "{\n \"schema\": \"" + RunSummary.SCHEMA_V1 + "\",\n \"final_value\""), strict.toString());
    }
}
