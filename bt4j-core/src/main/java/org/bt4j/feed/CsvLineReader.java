package org.bt4j.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line into one reusable buffer and splits each line into fields at
 * a one-byte separator, recording field boundaries in int arrays: no per-line allocation. The
 * separator given at construction is found in the same pass as the line's end. Lines
 * end in {@code \n}, {@code \r\n} or end of input; a leading UTF-8 byte-order mark is skipped.
 * Not thread-safe.
 */
final class CsvLineReader implements Closeable {

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private int fieldCount;
    /** Fields of the current line at {@link #separator}, found while looking for its end. */
    private int scanned;
    private final byte separator;
    private int[] lineNumbers;
    private boolean fileStart = true;
    private long linesBefore;

    /** A reader of {@code in} whose lines are split at ','. */
    CsvLineReader(InputStream in) {
        this(in, (byte) ',');
    }

    /** A reader of {@code in} that finds the fields at {@code separator} while reading each line. */
    CsvLineReader(InputStream in, byte separator) {
        this.in = in;
        this.separator = separator;
    }

    /**
     * Reads a part of a file that starts at a line start after {@code linesBefore} lines: its lines
     * are numbered from {@code linesBefore + 1}, and its first line, not being the file's, keeps
     * any byte-order mark as data.
     */
    CsvLineReader partAfter(long linesBefore) {
        this.fileStart = false;
        this.linesBefore = linesBefore;
        return this;
    }

    /** Reports {@code numbers[k]} as the number of the (k+1)-th line read (reordered input). */
    CsvLineReader lineNumbers(int[] numbers) {
        this.lineNumbers = numbers;
        return this;
    }

    /**
     * Moves to the next line; false at end of input. The same pass over the bytes that finds the
     * line's end records where the fields separated by the {@link #CsvLineReader(InputStream, byte)
     * separator} end, so {@link #split} with it costs nothing more.
     */
    boolean nextLine() throws IOException {
        byte sep = separator;
        while (true) {
            byte[] b = buf;
            int[] ends = fieldEnd;
            int n = 0;
            for (int i = pos; i < limit; i++) {
                byte c = b[i];
                if (c == sep) {
                    if (n == ends.length - 1) {
                        growFields();
                        ends = fieldEnd;
                    }
                    ends[n++] = i;
                } else if (c == '\n') {
                    setLine(pos, i, n);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit, n);
                    pos = limit;
                    return true;
                }
                return false;
            }
            fill(); // the line continues past the buffer: scan it again from its start
        }
    }

    private void setLine(int start, int end, int separators) {
        if (lineNumber == 0 && fileStart && lineNumbers == null && end - start >= 3 && (buf[start] & 0xff) == 0xEF
                && (buf[start + 1] & 0xff) == 0xBB && (buf[start + 2] & 0xff) == 0xBF) {
            start += 3;
        }
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        lineStart = start;
        lineEnd = end;
        lineNumber++;
        // the fields at the separator found in the pass: a '\r' or a mark is never one
        fieldStart[0] = start;
        for (int f = 0; f < separators; f++) {
            fieldStart[f + 1] = fieldEnd[f] + 1;
        }
        fieldEnd[separators] = end;
        fieldCount = -1;
        scanned = separators + 1;
    }

    private void growFields() {
        fieldStart = Arrays.copyOf(fieldStart, fieldStart.length * 2);
        fieldEnd = Arrays.copyOf(fieldEnd, fieldEnd.length * 2);
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumbers != null && lineNumber > 0 && lineNumber <= lineNumbers.length
            ? lineNumbers[(int) lineNumber - 1] : linesBefore + lineNumber;
    }

    /** Whether the current line is empty or only blanks. */
    boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] > ' ') {
                return false;
            }
        }
        return true;
    }

    /** The current line as text (allocates; for headers and messages). */
    String lineText() {
        return new String(buf, lineStart, lineEnd - lineStart, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Splits the current line at {@code separator}; returns the number of fields. */
    int split(byte separator) {
        if (separator == this.separator) {
            fieldCount = scanned; // found by nextLine
            return scanned;
        }
        int n = 0;
        int start = lineStart;
        for (int i = lineStart; i <= lineEnd; i++) {
            if (i == lineEnd || buf[i] == separator) {
                if (n == fieldStart.length) {
                    growFields();
                }
                fieldStart[n] = start;
                fieldEnd[n] = i;
                n++;
                start = i + 1;
            }
        }
        fieldCount = n;
        return n;
    }

    /** Number of fields after {@link #split(byte)}. */
    int fieldCount() {
        return fieldCount;
    }

    /** The buffer holding the current line (valid until the next {@link #nextLine()}). */
    byte[] bytes() {
        return buf;
    }

    int start(int field) {
        return fieldStart[field];
    }

    int end(int field) {
        return fieldEnd[field];
    }

    /** Whether field {@code field} is empty. */
    boolean isEmpty(int field) {
        return fieldStart[field] == fieldEnd[field];
    }

    /** Whether field {@code field} equals the ASCII text {@code s}. */
    boolean fieldEquals(int field, String s) {
        int len = fieldEnd[field] - fieldStart[field];
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buf[fieldStart[field] + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Field text (allocates; for messages). */
    String fieldText(int field) {
        return new String(buf, fieldStart[field], fieldEnd[field] - fieldStart[field],
            java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
