package org.bt4j.opt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The text output of a result sink: whole lines to a {@link Writer}, with one message for a writer
 * that fails. Not thread-safe; owned by one sink, which the optimizer calls one result at a time.
 */
final class ResultText {

    private final Writer out;

    ResultText(Writer out) {
        this.out = out;
    }

    /** Writes {@code text} and a newline. */
    void line(CharSequence text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Flushes the writer (it is not closed: the caller owns it). */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot write results: " + e.getMessage(), e);
    }
}
