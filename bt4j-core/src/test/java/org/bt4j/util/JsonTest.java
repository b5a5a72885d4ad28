package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Json}: Python {@code json.dumps} layouts, number repr, non-finite floats and escaping. */
class JsonTest {

    private static Map<String, Object> sample() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("len", 3);
        inner.put("max", 0.1 + 0.2);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "sma");
        m.put("ok", true);
        m.put("none", null);
        m.put("values", List.of(1.0, 2.5));
        m.put("empty", new ArrayList<>());
        m.put("nested", inner);
        m.put("nothing", new LinkedHashMap<>());
        return m;
    }

    @Test
    void prettyIsJsonDumpsWithIndentOne() {
        assertEquals("{\n"
                + " \"name\": \"sma\",\n"
                + " \"ok\": true,\n"
                + " \"none\": null,\n"
                + " \"values\": [\n"
                + "  1.0,\n"
                + "  2.5\n"
                + " ],\n"
                + " \"empty\": [],\n"
                + " \"nested\": {\n"
                + "  \"len\": 3,\n"
                + "  \"max\": 0.30000000000000004\n"
                + " },\n"
                + " \"nothing\": {}\n"
                + "}", Json.pretty(sample()));
    }

    @Test
    void compactIsOneLineWithoutSpaces() {
        assertEquals("{\"name\":\"sma\",\"ok\":true,\"none\":null,\"values\":[1.0,2.5],\"empty\":[],"
                + "\"nested\":{\"len\":3,\"max\":0.30000000000000004},\"nothing\":{}}", Json.compact(sample()));
    }

    @Test
    void nonFiniteFloatsAreStringsWhenPrettyAndJavaScriptLiteralsWhenCompact() {
        List<Double> v = Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertEquals("[\n \"nan\",\n \"inf\",\n \"-inf\"\n]", Json.pretty(v));
        assertEquals("[NaN,Infinity,-Infinity]", Json.compact(v));
    }

    @Test
    void stringsAreEscapedAsciiOnly() {
        String s = "a\"b\\c\nd\re\tf\u0001g\u00e9h\u007f";
        String expected = "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u00e9h\\u007f\"";
        assertEquals(expected, Json.compact(s));
        assertEquals(expected, Json.pretty(s));
    }

    @Test
    void otherObjectsAreTheirStringAndKeysAreStringified() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(7, java.time.LocalDate.of(2020, 3, 2));
        m.put("n", 5L);
        assertEquals("{\"7\":\"2020-03-02\",\"n\":5}", Json.compact(m));
    }
}
