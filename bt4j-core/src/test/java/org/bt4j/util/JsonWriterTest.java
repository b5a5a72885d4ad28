package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonWriter}: member-by-member writing gives the text of the whole-value path (which
 * {@code JsonTest} checks against Python's layout), through a Writer in pieces too, and the three
 * non-finite rules.
 */
class JsonWriterTest {

    @Test
    void streamedMembersEqualTheWholeValue() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("ref", 1);
        order.put("price", null);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("final_value", 10117.49);
        doc.put("orders", List.of(order, order));
        doc.put("trades", new ArrayList<>());
        doc.put("analyzers", Map.of("SQN", Map.of("sqn", Double.NaN)));
        StringWriter out = new StringWriter();
        JsonWriter w = JsonWriter.pretty(out, JsonWriter.NonFinite.QUOTED);
        w.beginObject().name("final_value").value(10117.49).name("orders").beginArray();
        for (int i = 0; i < 2; i++) {
            w.beginObject().name("ref").value(1L).name("price").nullValue().endObject();
        }
        w.endArray().name("trades").beginArray().endArray().name("analyzers").value(doc.get("analyzers")).endObject();
        w.flush();
        assertEquals(Json.pretty(doc), out.toString());
    }

    @Test
    void elementsWrittenApartJoinIntoTheDocument() {
        // the orders array's elements written by a writer of their own (in 64 KiB pieces), then
        // copied in and continued: the same bytes as the document written in one pass
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream apart = new java.io.ByteArrayOutputStream();
        JsonWriter one = JsonWriter.pretty(whole, JsonWriter.NonFinite.QUOTED);
        JsonWriter part = JsonWriter.prettyElements(apart, JsonWriter.NonFinite.QUOTED, 2);
        one.beginObject().name("final_value").value(1.5).name("orders").beginArray();
        for (int i = 0; i < 7000; i++) {
            for (JsonWriter w : List.of(one, part)) {
                w.beginObject().name("ref").value((long) i).name("price").value(i / 3.0).name("dt").nullValue()
                    .endObject();
            }
        }
        part.flush();
        assertEquals(7000, part.written());
        StringWriter joined = new StringWriter();
        JsonWriter doc = JsonWriter.pretty(joined, JsonWriter.NonFinite.QUOTED);
        doc.beginObject().name("final_value").value(1.5).name("orders").beginArray();
        doc.elements(part.written(), new java.io.ByteArrayInputStream(apart.toByteArray()));
        for (JsonWriter w : List.of(one, doc)) {
            w.beginObject().name("ref").value(7000L).endObject().endArray().name("trades").beginArray().endArray()
                .endObject().flush();
        }
        assertEquals(whole.toString(java.nio.charset.StandardCharsets.US_ASCII), joined.toString());
        // no elements apart: nothing copied, the array as before
        StringWriter empty = new StringWriter();
        JsonWriter e = JsonWriter.pretty(empty, JsonWriter.NonFinite.QUOTED).beginArray();
        e.elements(0, new java.io.ByteArrayInputStream(new byte[0])).endArray().flush();
        assertEquals("[]", empty.toString());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> JsonWriter.pretty(new StringWriter(), JsonWriter.NonFinite.QUOTED).beginArray().value(1L)
                .elements(1, new java.io.ByteArrayInputStream(new byte[0])));
    }

    @Test
    void asciiBytesAreTheStringValue() {
        byte[] dt = "x2015-01-09T23:59:59y".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        JsonWriter.pretty(a, JsonWriter.NonFinite.QUOTED).beginObject().name("dt").asciiValue(dt, 1, 20).endObject().flush();
        JsonWriter.pretty(b, JsonWriter.NonFinite.QUOTED).beginObject().name("dt").value("2015-01-09T23:59:59").endObject()
            .flush();
        assertEquals(b.toString(), a.toString());
    }

    @Test
    void largeDocumentsGoOutInPieces() {
        StringWriter out = new StringWriter();
        JsonWriter w = JsonWriter.pretty(out, JsonWriter.NonFinite.QUOTED).beginArray();
        List<Object> same = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            w.value(i + 0.25);
            same.add(i + 0.25);
        }
        w.endArray().flush();
        assertEquals(Json.pretty(same), out.toString());
    }

    @Test
    void bytesEqualTheText() {
        StringWriter text = new StringWriter();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (JsonWriter w : List.of(JsonWriter.pretty(text, JsonWriter.NonFinite.QUOTED),
                JsonWriter.pretty(bytes, JsonWriter.NonFinite.QUOTED))) {
            w.beginObject().name("q\"uo\\te\u00e9\n\u0001").value("caf\u00e9 \ud83d\ude00\t").name("n").beginArray();
            for (int i = 0; i < 30_000; i++) {
                w.value(i * 1.1).value((long) -i).value(Long.MIN_VALUE).value(-0.0).value(Double.NaN).nullValue();
            }
            w.endArray().endObject().flush();
        }
        assertEquals(text.toString(), bytes.toString(java.nio.charset.StandardCharsets.US_ASCII));
        // json.dumps({...}, indent=1) of the same values, printed by CPython
        assertEquals("{\n \"q\\\"uo\\\\te\\u00e9\\n\\u0001\": \"caf\\u00e9 \\ud83d\\ude00\\t\",\n \"n\": [\n  0.0,\n  0,\n"
            + "  -9223372036854775808,\n  -0.0,\n  \"nan\",\n  null,\n  1.1,", text.toString().substring(0, 133));
    }

    @Test
    void controlCharactersAreEscapedAsPythonDoes() {
        StringBuilder out = new StringBuilder();
        JsonWriter.compact(out, JsonWriter.NonFinite.BARE).value("a\b\f\u0001\u007f\u00e9\"\\\n\r\t").flush();
        // json.dumps("a\b\f\x01\x7f\u00e9\"\\\n\r\t"), printed by CPython 3.11
        assertEquals("\"a\\b\\f\\u0001\\u007f\\u00e9\\\"\\\\\\n\\r\\t\"", out.toString());
    }

    @Test
    void repeatedStringsKeepTheirText() {
        // "Aa" and "BB" share a hash, so they take turns in one slot of the writer's table
        StringBuilder out = new StringBuilder();
        JsonWriter w = JsonWriter.compact(out, JsonWriter.NonFinite.BARE).beginArray();
        for (String s : new String[] {"Aa", "BB", "Aa", "Aa", "t\"ab\t", "t\"ab\t", new StringBuilder("BB").toString()}) {
            w.value(s);
        }
        w.value(new StringBuilder("sb")).endArray();
        assertEquals("[\"Aa\",\"BB\",\"Aa\",\"Aa\",\"t\\\"ab\\t\",\"t\\\"ab\\t\",\"BB\",\"sb\"]", out.toString());
    }

    @Test
    void nonFiniteRules() {
        List<Double> v = List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.5);
        assertEquals("[\"nan\",\"inf\",1.5]", Json.compact(v, JsonWriter.NonFinite.QUOTED));
        assertEquals("[NaN,Infinity,1.5]", Json.compact(v));
        assertEquals("[null,null,1.5]", Json.compact(v, JsonWriter.NonFinite.NULL));
    }
}
