package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CsvResults}: header, rows, quoting, failed rows. */
class CsvResultsTest {

    @Test
    void rowsAsTheyCome() {
        StringWriter w = new StringWriter();
        try (CsvResults csv = new CsvResults(w, List.of("fast", "mode"), true)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("fast", 5);
            p.put("mode", "a,b");
            csv.accept(new OptResult(3, p, 10012.5, 9000.0, Map.of("sqn", Map.of("trades", 2)), null));
            csv.accept(new OptResult(4, p, Double.NaN, Double.NaN, Map.of(), "bad \"x\""));
        }
        assertEquals("index,fast,mode,value,cash,error,analyzers\n"
                + "3,5,\"a,b\",10012.5,9000.0,,\"{\"\"sqn\"\":{\"\"trades\"\":2}}\"\n"
                + "4,5,\"a,b\",,,\"bad \"\"x\"\"\",\n", w.toString());
    }
}
