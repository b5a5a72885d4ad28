package org.bt4j.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line into one reusable buffer and splits each line into fields at
 * a one-byte separator, recording field boundaries in int arrays: no per-line allocation. Lines
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
    private int[] lineNumbers;
    private boolean fileStart = true;
    private long linesBefore;

    CsvLineReader(InputStream in) {
        this.in = in;
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

    /** Moves to the next line; false at end of input. */
    boolean nextLine() throws IOException {
        while (true) {
            byte[] b = buf; // locals: C1 reloads fields inside a loop
            int end = limit;
            for (int i = pos; i < end; i++) {
                if (b[i] == '\n') {
                    setLine(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    private void setLine(int start, int end) {
        if (lineNumber == 0 && fileStart && lineNumbers == null && end - start >= 3 && (buf[start] & 0xff) == 0xEF && (buf[start + 1] & 0xff) == 0xBB
                && (buf[start + 2] & 0xff) == 0xBF) {
            start += 3;
        }
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        lineStart = start;
        lineEnd = end;
        lineNumber++;
        fieldCount = -1;
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
        return lineNumbers == null ? linesBefore + lineNumber : reordered(); // small enough for C1 to inline
    }

    private long reordered() {
        return lineNumber > 0 && lineNumber <= lineNumbers.length ? lineNumbers[(int) lineNumber - 1] : linesBefore + lineNumber;
    }

    /** Where the next line starts in {@link #bytes()}; the bytes read stop at {@link #limit()}. */
    int position() {
        return pos;
    }

    /** The end of the bytes read into {@link #bytes()}. */
    int limit() {
        return limit;
    }

    /**
     * Moves to the line from {@link #position()} to the {@code '\n'} at {@code newline}, found by
     * the caller: what {@link #nextLine()} would do.
     */
    void takeLine(int newline) {
        setLine(pos, newline);
        pos = newline + 1;
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
        byte[] b = buf; // locals: C1 reloads fields inside a loop
        int[] starts = fieldStart;
        int[] ends = fieldEnd;
        int end = lineEnd;
        int n = 0;
        int start = lineStart;
        for (int i = start; i < end; i++) {
            if (b[i] == separator) {
                if (n == starts.length - 1) {
                    starts = fieldStart = Arrays.copyOf(starts, starts.length * 2);
                    ends = fieldEnd = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[n] = start;
                ends[n] = i;
                n++;
                start = i + 1;
            }
        }
        starts[n] = start;
        ends[n] = end;
        fieldCount = n + 1;
        return n + 1;
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
