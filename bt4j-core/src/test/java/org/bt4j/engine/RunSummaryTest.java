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
