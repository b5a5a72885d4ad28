package org.bt4j.ib.wire;

/**
 * The version range a client announces in its greeting, {@code v<min>..<max>} optionally
 * followed by connection options ({@code v100..187 +PACEAPI}).
 *
 * <p>Threading: immutable.
 */
public record VersionRange(int min, int max, String options) {

    /** Our client's range. */
    public static final VersionRange CLIENT = new VersionRange(Wire.MIN_VERSION, Wire.MAX_VERSION, "");

    /** Checks {@code 0 < min <= max}; options null becomes empty. */
    public VersionRange {
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException("bad version range " + min + ".." + max);
        }
        options = options == null ? "" : options;
    }

    /**
     * Parses {@code v176..187}, {@code v100..187 +PACEAPI} or a single {@code v187}.
     *
     * @throws WireFormatException if the text is not a version range
     */
    public static VersionRange parse(String text) {
        String t = text.trim();
        String options = "";
        int sp = t.indexOf(' ');
        if (sp >= 0) {
            options = t.substring(sp + 1).trim();
            t = t.substring(0, sp);
        }
        try {
            if (!t.startsWith("v")) {
                throw new NumberFormatException();
            }
            int dots = t.indexOf("..");
            if (dots < 0) {
                int v = Integer.parseInt(t.substring(1));
                return new VersionRange(v, v, options);
            }
            return new VersionRange(Integer.parseInt(t.substring(1, dots)), Integer.parseInt(t.substring(dots + 2)), options);
        } catch (RuntimeException e) {
            byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8); // shown as one short line
            throw new WireFormatException("not a TWS API client: bad version range \""
                    + Framing.render(b, 0, Math.min(b.length, 40)) + (b.length > 40 ? "...\"" : "\""));
        }
    }

    /**
     * The version a server speaking up to {@code serverMax} answers: {@code min(max, serverMax)},
     * or -1 when that is below the client's minimum or below {@code serverMin}.
     */
    public int negotiate(int serverMin, int serverMax) {
        int v = Math.min(max, serverMax);
        return v < min || v < serverMin ? -1 : v;
    }

    @Override
    public String toString() {
        return "v" + min + ".." + max + (options.isEmpty() ? "" : " " + options);
    }
}
