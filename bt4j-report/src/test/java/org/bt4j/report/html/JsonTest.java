package org.bt4j.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static String json(Object v) {
        StringBuilder sb = new StringBuilder();
        new Json(sb).value(v);
        return sb.toString();
    }

    @Test
    void numbersStringsAndNesting() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(2015, 1.5);
        m.put("nan", Double.NaN);
        m.put(LocalDate.of(2015, 1, 5), List.of(1, true, "x"));
        assertEquals("{\"2015\":1.5,\"nan\":null,\"2015-01-05T00:00:00\":[1,true,\"x\"]}", json(m));
        assertEquals("3", json(3.0));
        assertEquals("\"a\\\"b\\n<\\/script>\"", json("a\"b\n</script>"));
    }

    @Test
    void arrays() {
        StringBuilder sb = new StringBuilder();
        new Json(sb).numbers(new double[] {1, 0.25, Double.POSITIVE_INFINITY}).numbers(new long[] {7, 8});
        assertEquals("[1,0.25,null][7,8]", sb.toString());
    }
}
