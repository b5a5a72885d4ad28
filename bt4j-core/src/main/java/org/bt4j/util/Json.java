package org.bt4j.util;

/**
 * Writes maps (in their iteration order), collections, numbers, strings, booleans and nulls as JSON
 * the way Python's {@code json.dumps} does: floats as Python's {@code repr}, strings ASCII-only
 * ({@code ensure_ascii}). Two layouts: {@link #pretty} for the CLI's result documents and
 * {@link #compact} for one record per line; both build one string with a {@link JsonWriter}, which
 * also writes documents too large for a string. Stateless and thread-safe.
 */
public final class Json {

    private Json() {
    }

    /**
     * {@code value} laid out like {@code json.dumps(value, indent=1)}, with NaN and infinities as the
     * strings {@code "nan"}, {@code "inf"}, {@code "-inf"} (golden/README.md); no trailing newline.
     */
    public static String pretty(Object value) {
        StringBuilder b = new StringBuilder(128);
        JsonWriter.pretty(b, JsonWriter.NonFinite.QUOTED).value(value);
        return b.toString();
    }

    /**
     * {@code value} on one line like {@code json.dumps(value, separators=(',', ':'))}, with NaN and
     * infinities as {@code NaN}, {@code Infinity}, {@code -Infinity}.
     */
    public static String compact(Object value) {
        return compact(value, JsonWriter.NonFinite.BARE);
    }

    /** {@code value} on one line, with non-finite floats written as {@code nonFinite} says. */
    public static String compact(Object value, JsonWriter.NonFinite nonFinite) {
        StringBuilder b = new StringBuilder(128);
        JsonWriter.compact(b, nonFinite).value(value);
        return b.toString();
    }
}
