package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonLinesResults}: one compact object per line. */
class JsonLinesResultsTest {

    @Test
    void oneObjectPerLine() {
        StringWriter w = new StringWriter();
        try (JsonLinesResults j = new JsonLinesResults(w)) {
            j.accept(new OptResult(0, Map.of("fast", 5), 10000.1, 10000.1, Map.of(), null));
            j.accept(new OptResult(1, Map.of("fast", 6), Double.NaN, Double.NaN, Map.of(), "boom"));
        }
        assertEquals("{\"index\":0,\"params\":{\"fast\":5},\"value\":10000.1,\"cash\":10000.1}\n"
                + "{\"index\":1,\"params\":{\"fast\":6},\"error\":\"boom\"}\n", w.toString());
    }

    @Test
    void strictJsonWithNumericParameters() {
        StringWriter w = new StringWriter();
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("fast", "5");
        params.put("stake", "0.5");
        params.put("exectype", "StopLimit");
        params.put("big", "1e3");
        try (JsonLinesResults j = new JsonLinesResults(w)) {
            j.accept(new OptResult(0, params, Double.NaN, 1.0, Map.of("SQN", Map.of("sqn", Double.NaN)), null));
        }
        assertEquals("{\"index\":0,\"params\":{\"fast\":5,\"stake\":0.5,\"exectype\":\"StopLimit\",\"big\":1000.0},"
            + "\"value\":null,\"cash\":1.0,\"analyzers\":{\"SQN\":{\"sqn\":null}}}\n", w.toString());
    }
}
