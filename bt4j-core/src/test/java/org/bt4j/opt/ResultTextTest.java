package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** {@link ResultText}: whole lines out, and one clear message when the writer fails. */
class ResultTextTest {

    @Test
    void writesLinesAndFlushes() {
        StringWriter w = new StringWriter();
        ResultText t = new ResultText(w);
        t.line("a,b");
        t.line(new StringBuilder("1,2"));
        t.flush();
        assertEquals("a,b\n1,2\n", w.toString());
    }

    @Test
    void aFailingWriterIsOneUncheckedError() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        ResultText t = new ResultText(broken);
        assertEquals("cannot write results: disk full",
                assertThrows(UncheckedIOException.class, () -> t.line("x")).getMessage());
        assertEquals("cannot write results: disk full", assertThrows(UncheckedIOException.class, t::flush).getMessage());
    }
}
