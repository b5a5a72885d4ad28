package org.bt4j.time;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled Python {@code strptime} format that parses ASCII bytes into a naive epoch-nanosecond
 * value without allocating. Supported directives: {@code %Y %y %m %d %H %I %M %S %f %p %b %B %j %%};
 * a blank in the format matches one or more blanks, any other character matches itself. As in
 * Python, numeric fields accept fewer digits than their width, the whole text must be consumed,
 * and missing fields default to 1900-01-01 00:00:00. Immutable and thread-safe.
 */
public final class StrptimeFormat {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun",
        "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] MONTHS_LONG = {"january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};

    private static final byte LIT = 0, YEAR4 = 1, YEAR2 = 2, MONTH = 3, DAY = 4, HOUR24 = 5, HOUR12 = 6,
        MINUTE = 7, SECOND = 8, FRACTION = 9, AMPM = 10, MONTH_NAME = 11, SPACE = 12, DAY_OF_YEAR = 13;

    private static final long NOT_FIXED = Long.MIN_VALUE;

    private final String pattern;
    private final byte[] ops;
    private final byte[] literals;
    /**
     * Text length when every directive has a fixed width (%Y %m %d %H %M %S %f, literals, one
     * blank), else -1. Text of exactly this length takes {@link #parseFixed}: straight-line checks
     * at known offsets instead of the general scanner, which handles everything else (and every
     * error, so messages stay the same).
     */
    private final int fixedLength;
    /** Offset in the text of each op, for the fixed-width path. */
    private final int[] offsets;
    /**
     * {@link #DATE} for {@code %Y?%m?%d}, {@link #DATE_TIME} for {@code %Y?%m?%d?%H?%M?%S} (each
     * {@code ?} one literal or blank: every CSV layout bt4j writes), else 0: such text is read in
     * straight-line code before the general fixed-width loop.
     */
    private final int layout;
    /** For the two layouts: whether op 1, 3, 5, 7, 9 (the separators) is a blank rather than a literal. */
    private final boolean blank1, blank3, blank5, blank7, blank9;
    private static final int DATE = 1, DATE_TIME = 2;
    private static final byte[] DATE_OPS = {YEAR4, LIT, MONTH, LIT, DAY};
    private static final byte[] DATE_TIME_OPS = {YEAR4, LIT, MONTH, LIT, DAY, LIT, HOUR24, LIT, MINUTE, LIT, SECOND};
    /**
     * The epoch day of January 1 of every year from {@link #FIRST_YEAR} to 2199, and of 2200 after
     * them: the two layouts' dates by a look-up (C1 calls a runtime routine for a division); 301
     * steps to fill, so a short run's class initialisation stays cheap.
     */
    private static final int[] YEAR_STARTS = new int[301];
    private static final int FIRST_YEAR = 1900;
    /** Days before each month, and each month's length, in a common year. */
    private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    static {
        int day = (int) EpochNanos.epochDay(FIRST_YEAR, 1, 1);
        for (int y = 0; y < YEAR_STARTS.length; y++) {
            YEAR_STARTS[y] = day;
            int year = FIRST_YEAR + y;
            day += (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 366 : 365; // no call: interpreted
        }
    }

    private StrptimeFormat(String pattern, byte[] ops, byte[] literals) {
        this.pattern = pattern;
        this.ops = ops;
        this.literals = literals;
        this.offsets = new int[ops.length];
        int at = 0;
        for (int k = 0; k < ops.length && at >= 0; k++) {
            offsets[k] = at;
            int w = fixedWidth(ops[k]);
            at = w < 0 ? -1 : at + w;
        }
        this.fixedLength = at;
        byte[] shape = ops.clone();
        for (int k = 0; k < shape.length; k++) {
            shape[k] = shape[k] == SPACE ? LIT : shape[k];
        }
        this.layout = java.util.Arrays.equals(shape, DATE_OPS) ? DATE
            : java.util.Arrays.equals(shape, DATE_TIME_OPS) ? DATE_TIME : 0;
        this.blank1 = layout != 0 && ops[1] == SPACE;
        this.blank3 = layout != 0 && ops[3] == SPACE;
        this.blank5 = layout == DATE_TIME && ops[5] == SPACE;
        this.blank7 = layout == DATE_TIME && ops[7] == SPACE;
        this.blank9 = layout == DATE_TIME && ops[9] == SPACE;
    }

    /** Width of an op on the fixed-width path, or -1 when its width varies. */
    private static int fixedWidth(byte op) {
        switch (op) {
            case LIT: case SPACE: return 1;
            case YEAR4: return 4;
            case MONTH: case DAY: case HOUR24: case MINUTE: case SECOND: return 2;
            case FRACTION: return 6;
            default: return -1;
        }
    }

    /**
     * Compiles a format such as {@code %Y-%m-%d %H:%M:%S}.
     *
     * @throws IllegalArgumentException naming an unsupported directive
     */
    public static StrptimeFormat of(String pattern) {
        List<Byte> ops = new ArrayList<>();
        List<Byte> lits = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%') {
                if (i + 1 >= pattern.length()) {
                    throw new IllegalArgumentException("strptime format '" + pattern + "' ends with a lone '%'");
                }
                char d = pattern.charAt(++i);
                byte op;
                switch (d) {
                    case 'Y': op = YEAR4; break;
                    case 'y': op = YEAR2; break;
                    case 'm': op = MONTH; break;
                    case 'd': op = DAY; break;
                    case 'H': op = HOUR24; break;
                    case 'I': op = HOUR12; break;
                    case 'M': op = MINUTE; break;
                    case 'S': op = SECOND; break;
                    case 'f': op = FRACTION; break;
                    case 'p': op = AMPM; break;
                    case 'b': case 'B': case 'h': op = MONTH_NAME; break;
                    case 'j': op = DAY_OF_YEAR; break;
                    case '%': op = LIT; break;
                    default:
                        throw new IllegalArgumentException("strptime directive '%" + d + "' in '" + pattern
                            + "' is not supported; supported: %Y %y %m %d %H %I %M %S %f %p %b %B %j %%");
                }
                ops.add(op);
                lits.add((byte) (op == LIT ? '%' : 0));
            } else if (c == ' ' || c == '\t') {
                ops.add(SPACE);
                lits.add((byte) ' ');
                while (i + 1 < pattern.length() && (pattern.charAt(i + 1) == ' ' || pattern.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else {
                if (c > 127) {
                    throw new IllegalArgumentException("strptime format '" + pattern + "' must be ASCII");
                }
                ops.add(LIT);
                lits.add((byte) c);
            }
        }
        byte[] o = new byte[ops.size()];
        byte[] l = new byte[ops.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = ops.get(i);
            l[i] = lits.get(i);
        }
        return new StrptimeFormat(pattern, o, l);
    }

    /** The format text. */
    public String pattern() {
        return pattern;
    }

    /** Parses a Java string (convenience; allocates). */
    public long parse(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return parse(b, 0, b.length);
    }

    /**
     * Parses {@code b[start, end)} into a naive epoch-nanosecond value.
     *
     * @throws IllegalArgumentException when the text does not match (message names the format)
     */
    public long parse(byte[] b, int start, int end) {
        if (end - start == fixedLength) {
            long v = parsePlain(b, start);
            if (v != NOT_FIXED) {
                return v;
            }
        }
        return parseGeneral(b, start, end);
    }

    /**
     * The length of this format's text when every directive has a fixed width ({@code %Y %m %d %H
     * %M %S %f}, literals, one blank), else -1.
     */
    public int fixedLength() {
        return fixedLength;
    }

    /**
     * The value of the {@link #fixedLength} bytes at {@code start} when they are in the plain form
     * (every field its full width of digits, every literal in place, a valid date and time), else
     * {@code Long.MIN_VALUE}: a quick try that never throws, giving what {@link #parse} gives for
     * that text. Only for a format with a fixed length.
     */
    public long parsePlain(byte[] b, int start) {
        return layout != 0 ? parseLayout(b, start) : parseFixed(b, start);
    }

    /**
     * The fixed-width path: every field has its full width of digits at its offset. Returns
     * {@link #NOT_FIXED} on anything else (the general path then parses or explains the problem).
     * On text it accepts it gives what the general path gives.
     */
    private long parseFixed(byte[] b, int start) {
        int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, nanos = 0;
        for (int k = 0; k < ops.length; k++) {
            int i = start + offsets[k];
            byte op = ops[k];
            if (op == LIT) {
                if (b[i] != literals[k]) {
                    return NOT_FIXED;
                }
                continue;
            }
            if (op == SPACE) {
                if (b[i] != ' ' && b[i] != '\t') {
                    return NOT_FIXED;
                }
                continue;
            }
            int width = op == YEAR4 ? 4 : op == FRACTION ? 6 : 2;
            int v = 0;
            for (int n = 0; n < width; n++) {
                int c = b[i + n] - '0';
                if (c < 0 || c > 9) {
                    return NOT_FIXED;
                }
                v = v * 10 + c;
            }
            switch (op) {
                case YEAR4: year = v; break;
                case MONTH: month = v; break;
                case DAY: day = v; break;
                case HOUR24: hour = v; break;
                case MINUTE: minute = v; break;
                case SECOND: second = v; break;
                default: nanos = v * 1000; break; // FRACTION: six digits of microseconds
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > EpochNanos.monthLength(year, month) || hour > 23
                || minute > 59 || second > 59) {
            return NOT_FIXED;
        }
        return EpochNanos.epochDay(year, month, day) * EpochNanos.DAY + hour * EpochNanos.HOUR
            + minute * EpochNanos.MINUTE + second * EpochNanos.SECOND + nanos;
    }

    /**
     * {@link #parseFixed} in straight-line code for the two layouts of {@link #layout}: the same
     * result on the text it accepts, {@link #NOT_FIXED} on anything else.
     */
    private long parseLayout(byte[] b, int s) {
        // no calls, no loops: C1 (the command line's compiler) inlines little
        int y0 = b[s] - '0', y1 = b[s + 1] - '0', y2 = b[s + 2] - '0', y3 = b[s + 3] - '0';
        int mo0 = b[s + 5] - '0', mo1 = b[s + 6] - '0', d0 = b[s + 8] - '0', d1 = b[s + 9] - '0';
        // a byte that is no digit makes its d or 9 - d negative
        int bad = y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1
            | (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - mo0) | (9 - mo1) | (9 - d0) | (9 - d1);
        byte c4 = b[s + 4], c7 = b[s + 7];
        if (bad < 0 || (c4 != literals[1] && !(blank1 && (c4 == ' ' || c4 == '\t')))
                || (c7 != literals[3] && !(blank3 && (c7 == ' ' || c7 == '\t')))) {
            return NOT_FIXED;
        }
        int year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
        int month = mo0 * 10 + mo1;
        int day = d0 * 10 + d1;
        long t = 0;
        if (layout == DATE_TIME) {
            int h0 = b[s + 11] - '0', h1 = b[s + 12] - '0', mi0 = b[s + 14] - '0', mi1 = b[s + 15] - '0';
            int s0 = b[s + 17] - '0', s1 = b[s + 18] - '0';
            byte c10 = b[s + 10], c13 = b[s + 13], c16 = b[s + 16];
            if ((h0 | h1 | mi0 | mi1 | s0 | s1 | (9 - h0) | (9 - h1) | (9 - mi0) | (9 - mi1) | (9 - s0) | (9 - s1)) < 0
                    || (c10 != literals[5] && !(blank5 && (c10 == ' ' || c10 == '\t')))
                    || (c13 != literals[7] && !(blank7 && (c13 == ' ' || c13 == '\t')))
                    || (c16 != literals[9] && !(blank9 && (c16 == ' ' || c16 == '\t')))) {
                return NOT_FIXED;
            }
            int hour = h0 * 10 + h1;
            int minute = mi0 * 10 + mi1;
            int second = s0 * 10 + s1;
            if (hour > 23 || minute > 59 || second > 59) {
                return NOT_FIXED;
            }
            t = (hour * 3600 + minute * 60 + second) * EpochNanos.SECOND;
        }
        if (month < 1 || month > 12 || day < 1) {
            return NOT_FIXED;
        }
        int y = year - FIRST_YEAR;
        if (y >= 0 && y < YEAR_STARTS.length - 1) {
            int january1 = YEAR_STARTS[y];
            int leap = month > 1 ? YEAR_STARTS[y + 1] - january1 - 365 : 0; // 1 in a leap year, from February on
            int length = MONTH_DAYS[month - 1] + (month == 2 ? leap : 0);
            int first = january1 + DAYS_BEFORE[month - 1] + (month > 2 ? leap : 0);
            return day > length ? NOT_FIXED : (first + day - 1) * EpochNanos.DAY + t;
        }
        if (day > EpochNanos.monthLength(year, month)) {
            return NOT_FIXED;
        }
        return EpochNanos.epochDay(year, month, day) * EpochNanos.DAY + t;
    }

    /** The general scanner alone, without the fixed-width paths (tests compare those with it). */
    long parseGeneral(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return parseGeneral(b, 0, b.length);
    }

    private long parseGeneral(byte[] b, int start, int end) {
        int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, nanos = 0;
        int hour12 = -1;
        int pm = -1;
        int yday = -1;
        int i = start;
        for (int k = 0; k < ops.length; k++) {
            byte op = ops[k];
            switch (op) {
                case LIT:
                    if (i >= end || b[i] != literals[k]) {
                        throw mismatch(b, start, end);
                    }
                    i++;
                    break;
                case SPACE:
                    if (i >= end || (b[i] != ' ' && b[i] != '\t')) {
                        throw mismatch(b, start, end);
                    }
                    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
                        i++;
                    }
                    break;
                case MONTH_NAME: {
                    int m = monthName(b, i, end);
                    if (m < 0) {
                        throw mismatch(b, start, end);
                    }
                    month = m & 0xff;
                    i += m >>> 8;
                    break;
                }
                case AMPM: {
                    if (i + 2 > end) {
                        throw mismatch(b, start, end);
                    }
                    int c0 = b[i] | 0x20;
                    int c1 = b[i + 1] | 0x20;
                    if (c1 != 'm' || (c0 != 'a' && c0 != 'p')) {
                        throw mismatch(b, start, end);
                    }
                    pm = c0 == 'p' ? 1 : 0;
                    i += 2;
                    break;
                }
                default: {
                    int width = op == YEAR4 ? 4 : op == FRACTION ? 6 : op == DAY_OF_YEAR ? 3 : 2;
                    int v = 0;
                    int n = 0;
                    while (n < width && i < end && b[i] >= '0' && b[i] <= '9') {
                        v = v * 10 + (b[i] - '0');
                        i++;
                        n++;
                    }
                    if (n == 0) {
                        throw mismatch(b, start, end);
                    }
                    switch (op) {
                        case YEAR4: year = v; break;
                        case YEAR2: year = v < 69 ? 2000 + v : 1900 + v; break;
                        case MONTH: month = v; break;
                        case DAY: day = v; break;
                        case HOUR24: hour = v; break;
                        case HOUR12: hour12 = v; break;
                        case MINUTE: minute = v; break;
                        case SECOND: second = v; break;
                        case DAY_OF_YEAR: yday = v; break;
                        default: // FRACTION: right-pad to microseconds
                            for (int p = n; p < 6; p++) {
                                v *= 10;
                            }
                            nanos = v * 1000;
                            break;
                    }
                    break;
                }
            }
        }
        if (i != end) {
            throw new IllegalArgumentException("unconverted data remains in '" + text(b, start, end)
                + "' for format '" + pattern + "'");
        }
        if (hour12 >= 0) {
            if (hour12 < 1 || hour12 > 12) {
                throw invalid(b, start, end);
            }
            hour = hour12 % 12 + (pm == 1 ? 12 : 0);
        }
        if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
            throw invalid(b, start, end);
        }
        long epochDay;
        if (yday >= 0) {
            if (yday < 1 || yday > (EpochNanos.isLeap(year) ? 366 : 365)) {
                throw invalid(b, start, end);
            }
            epochDay = EpochNanos.epochDay(year, 1, 1) + yday - 1;
        } else {
            if (day < 1 || day > EpochNanos.monthLength(year, month)) {
                throw invalid(b, start, end);
            }
            epochDay = EpochNanos.epochDay(year, month, day);
        }
        return epochDay * EpochNanos.DAY + hour * EpochNanos.HOUR + minute * EpochNanos.MINUTE
            + second * EpochNanos.SECOND + nanos;
    }

    /** Month (1-12) in the low byte and characters consumed above it, or -1. */
    private static int monthName(byte[] b, int i, int end) {
        for (int m = 0; m < 12; m++) {
            String full = MONTHS_LONG[m];
            if (matches(b, i, end, full)) {
                return (full.length() << 8) | (m + 1);
            }
        }
        for (int m = 0; m < 12; m++) {
            if (matches(b, i, end, MONTHS[m])) {
                return (3 << 8) | (m + 1);
            }
        }
        return -1;
    }

    private static boolean matches(byte[] b, int i, int end, String lower) {
        if (i + lower.length() > end) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if ((b[i + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private IllegalArgumentException mismatch(byte[] b, int s, int e) {
        return new IllegalArgumentException("time data '" + text(b, s, e) + "' does not match format '" + pattern + "'");
    }

    private IllegalArgumentException invalid(byte[] b, int s, int e) {
        return new IllegalArgumentException("time data '" + text(b, s, e) + "' is not a valid date/time (format '"
            + pattern + "')");
    }

    private static String text(byte[] b, int s, int e) {
        return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
