package org.bt4j.gateway.broker;

import java.util.Locale;
import java.util.Set;

/** The order types the simulated market matches, with IB's spellings. Stateless. */
public final class OrderTypes {

    /** Supported normalised types. */
    public static final Set<String> SUPPORTED = Set.of("MKT", "LMT", "STP", "STP LMT", "MOC", "TRAIL", "TRAIL LIMIT");

    private OrderTypes() {
    }

    /** Upper-cases and maps aliases (STPLMT, TRAILLMT, TRAIL LMT) to IB's canonical spelling. */
    public static String normalise(String t) {
        String u = t == null ? "" : t.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (u) {
            case "STPLMT", "STOP LIMIT" -> "STP LMT";
            case "TRAILLMT", "TRAIL LMT", "TRAILLIMIT" -> "TRAIL LIMIT";
            case "STOP" -> "STP";
            case "LIMIT" -> "LMT";
            case "MARKET" -> "MKT";
            default -> u;
        };
    }

    /** True when the type needs a limit price. */
    public static boolean needsLimit(String type) {
        return type.equals("LMT") || type.equals("STP LMT");
    }

    /** True when the type needs a stop price in auxPrice. */
    public static boolean needsStop(String type) {
        return type.equals("STP") || type.equals("STP LMT");
    }

    /** True for trailing types. */
    public static boolean isTrailing(String type) {
        return type.startsWith("TRAIL");
    }
}
