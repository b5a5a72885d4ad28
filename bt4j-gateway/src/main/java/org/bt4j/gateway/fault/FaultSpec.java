package org.bt4j.gateway.fault;

import java.time.Duration;
import java.util.Locale;

/**
 * One scripted fault: what, when (offset from gateway start), for how long, and an argument
 * (clientId for DROP/CONFLICT). Parsed from {@code AT:KIND[:ARGS]}, e.g. {@code 30s:connloss:10s},
 * {@code 1m:connloss:20s:lost}, {@code 45s:farm:hmds:15s}, {@code 2m:drop}, {@code 2m:drop:7},
 * {@code 0s:delay:500ms}, {@code 10s:reject:30s}, {@code 5s:conflict:7:60s}, {@code 1m:nocomm:30s},
 * {@code 0s:commdelay:10s}. Immutable.
 *
 * @param at       offset from start
 * @param kind     fault
 * @param duration how long it lasts
 * @param arg      clientId argument or −1
 */
public record FaultSpec(Duration at, FaultKind kind, Duration duration, int arg) {

    /** The grammar, for help texts. */
    public static final String GRAMMAR = "AT:KIND[:ARGS] with KIND connloss:DUR[:lost|maintained], farm:market|hmds:DUR, "
            + "drop[:CLIENTID], delay:DUR, reject[:DUR], conflict:CLIENTID:DUR, nocomm[:DUR], commdelay:DUR; "
            + "durations like 500ms, 10s, 2m";

    /**
     * Parses one fault; the same words without the leading {@code AT:} are accepted by the admin
     * channel (with spaces instead of colons).
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static FaultSpec parse(String text) {
        String[] p = text.trim().split("[:\\s]+");
        if (p.length < 2) {
            throw new IllegalArgumentException("bad fault '" + text + "'; expected " + GRAMMAR);
        }
        Duration at = duration(p[0], text);
        return parseAction(at, p, 1, text);
    }

    /** Parses {@code KIND[ ARGS]} words (admin channel) to happen now. */
    public static FaultSpec parseNow(String text) {
        String[] p = text.trim().split("[:\\s]+");
        return parseAction(Duration.ZERO, p, 0, text);
    }

    private static FaultSpec parseAction(Duration at, String[] p, int i, String text) {
        String kind = p[i].toLowerCase(Locale.ROOT);
        try {
            switch (kind) {
                case "connloss": {
                    Duration d = duration(p[i + 1], text);
                    boolean lost = p.length > i + 2 && p[i + 2].equalsIgnoreCase("lost");
                    if (p.length > i + 2 && !lost && !p[i + 2].equalsIgnoreCase("maintained")) {
                        throw new IllegalArgumentException("expected 'lost' or 'maintained', got '" + p[i + 2] + "'");
                    }
                    return new FaultSpec(at, lost ? FaultKind.CONNLOSS_LOST : FaultKind.CONNLOSS_MAINTAINED, d, -1);
                }
                case "farm": {
                    String f = p[i + 1].toLowerCase(Locale.ROOT);
                    if (!f.equals("market") && !f.equals("hmds")) {
                        throw new IllegalArgumentException("farm must be market or hmds, got '" + p[i + 1] + "'");
                    }
                    return new FaultSpec(at, f.equals("market") ? FaultKind.FARM_MARKET : FaultKind.FARM_HMDS,
                            duration(p[i + 2], text), -1);
                }
                case "drop":
                    return new FaultSpec(at, FaultKind.DROP, Duration.ZERO, p.length > i + 1 ? Integer.parseInt(p[i + 1]) : -1);
                case "delay":
                    return new FaultSpec(at, FaultKind.DELAY, duration(p[i + 1], text), -1);
                case "reject":
                    return new FaultSpec(at, FaultKind.REJECT, p.length > i + 1 ? duration(p[i + 1], text) : Duration.ZERO, -1);
                case "nocomm":
                    return new FaultSpec(at, FaultKind.NOCOMM, p.length > i + 1 ? duration(p[i + 1], text) : Duration.ZERO, -1);
                case "commdelay":
                    return new FaultSpec(at, FaultKind.COMMDELAY, duration(p[i + 1], text), -1);
                case "conflict":
                    return new FaultSpec(at, FaultKind.CONFLICT, duration(p[i + 2], text), Integer.parseInt(p[i + 1]));
                default:
                    throw new IllegalArgumentException("unknown fault kind '" + p[i] + "'");
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException("bad fault '" + text + "'; expected " + GRAMMAR, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad fault '" + text + "': " + e.getMessage() + "; expected " + GRAMMAR, e);
        }
    }

    /** Longest duration or offset a fault may have. */
    public static final Duration MAX_DURATION = Duration.ofDays(30);

    /**
     * Parses {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or plain seconds, from 0 to
     * {@link #MAX_DURATION}.
     *
     * @throws IllegalArgumentException naming the duration and {@code context}
     */
    public static Duration duration(String s, String context) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                d = seconds(t.substring(0, t.length() - 1));
            } else if (t.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("h")) {
                d = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                d = seconds(t);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("bad duration '" + s + "' in '" + context + "'", e);
        }
        if (d.isNegative() || d.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration '" + s + "' in '" + context + "' is outside 0 to 30 days");
        }
        return d;
    }

    private static Duration seconds(String number) {
        double v = Double.parseDouble(number);
        if (!Double.isFinite(v) || Math.abs(v) > MAX_DURATION.toSeconds() * 2.0) {
            throw new ArithmeticException("out of range");
        }
        return Duration.ofMillis(Math.round(v * 1000));
    }
}
