package org.bt4j.feed;

import org.bt4j.time.StrptimeFormat;

/**
 * Reads a CSV line in the plain form of a layout in one pass over its bytes, finding its end on
 * the way (no separate search for the line end, no split, no call per field): a date-time field
 * of a fixed-width format, fields of plain decimals ({@code [-]digits[.digits]}, at most 15
 * digits, read exactly) and fields skipped, in a given order, each followed by the separator,
 * and after the last one the line end ({@code \n} or {@code \r\n}) or a separator and
 * anything up to it (the general path ignores the rest too). Such a line gives exactly the values
 * the general path (line end, split, then {@link StrptimeFormat#parse} and
 * {@link AsciiNumbers#parseDouble} per field) gives; any other line, blank lines and bad rows
 * included, and a line not wholly in the bytes given, is left to the general path, which also
 * names its problem. One thread.
 */
final class PlainRow {

    /** What {@link #read} returns for a line that is not in the plain form. */
    static final long NOT_PLAIN = Long.MIN_VALUE;
    /** A field's kind: the date-time; any other text, skipped; else its line ({@link DataFeed#CLOSE} ...). */
    static final int TIME = -2, SKIP = -1;
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    private final byte separator;
    private final StrptimeFormat format;
    private final int timeLength;
    private final int[] kinds;
    private final double[] values = new double[DataFeed.OPENINTEREST + 1];
    private int newline;

    private PlainRow(byte separator, StrptimeFormat format, int[] kinds) {
        this.separator = separator;
        this.format = format;
        this.timeLength = format.fixedLength();
        this.kinds = kinds.clone();
    }

    /**
     * The plain reader of lines whose field {@code f} is of kind {@code kinds[f]} (one {@link #TIME}
     * in {@code format}, each line at most once), or null when such lines have no plain form that
     * cannot be mistaken: a format of varying width, or a separator that a plain field may contain
     * (a digit, '.', '-', a blank, a character of the format) or that ends a line.
     */
    static PlainRow of(byte separator, StrptimeFormat format, int[] kinds) {
        char sep = (char) separator;
        if (format.fixedLength() < 0 || (sep >= '0' && sep <= '9') || sep == '.' || sep == '-' || sep == ' '
                || sep == '\t' || sep == '\r' || sep == '\n' || format.pattern().indexOf(sep) >= 0) {
            return null;
        }
        return new PlainRow(separator, format, kinds);
    }

    /**
     * Reads the line starting at {@code b[start]} if it is in the plain form and ends before
     * {@code limit}; then {@link #values} gives its numbers and {@link #newline} its end.
     *
     * @return the naive time of its date-time field, or {@link #NOT_PLAIN}
     */
    long read(byte[] b, int start, int limit) {
        byte sep = separator;
        int[] k = kinds;
        double[] v = values;
        long time = NOT_PLAIN;
        int i = start;
        for (int f = 0; f < k.length; f++) {
            if (f > 0) {
                if (i >= limit || b[i] != sep) {
                    return NOT_PLAIN;
                }
                i++;
            }
            int kind = k[f];
            if (kind >= 0) {
                // [-]digits[.digits]: up to 15 digits are exact in a long, and the one correctly
                // rounded division by an exact power of ten is then the double the text names
                // (Clinger's fast path), as AsciiNumbers.parseDouble and Double.parseDouble give it.
                // The same loop as parseDouble's first pass, here inline: C1 (the command line's
                // compiler) does not inline a method this size, and six calls a row cost 8 % of a load
                // (BENCHMARKS.md 12.3)
                boolean negative = i < limit && b[i] == '-';
                if (negative) {
                    i++;
                }
                long m = 0;
                int digits = 0;
                int dot = -1;
                for (; i < limit; i++) {
                    int c = b[i] - '0';
                    if (c >= 0 && c <= 9) {
                        m = m * 10 + c;
                        digits++;
                    } else if (c == '.' - '0' && dot < 0) {
                        dot = i;
                    } else {
                        break;
                    }
                }
                if (digits == 0 || digits > 15) {
                    return NOT_PLAIN;
                }
                double x = m / POW10[dot < 0 ? 0 : i - dot - 1];
                v[kind] = negative ? -x : x;
            } else if (kind == TIME) {
                if (limit - i <= timeLength) {
                    return NOT_PLAIN;
                }
                time = format.parsePlain(b, i);
                if (time == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                i += timeLength;
            } else {
                while (i < limit && b[i] != sep && b[i] != '\n') {
                    i++;
                }
            }
        }
        if (i < limit && b[i] == sep) {
            while (i < limit && b[i] != '\n') {
                i++;
            }
        } else if (i + 1 < limit && b[i] == '\r') {
            i++;
        }
        if (i >= limit || b[i] != '\n') {
            return NOT_PLAIN;
        }
        newline = i;
        return time;
    }

    /**
     * The numbers of the line read last, indexed by line ({@link DataFeed#CLOSE} ...); the slots of
     * lines no field holds keep what the caller put there.
     */
    double[] values() {
        return values;
    }

    /** Where the line read last ends: the index of its {@code '\n'}. */
    int newline() {
        return newline;
    }
}
