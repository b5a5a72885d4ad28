package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@link RunProgress}: the progress text, and silence for a run that started less than two seconds ago. */
class RunProgressTest {

    @Test
    void progressText() {
        assertEquals("bt4j:  45% 4,500,000/10,000,000 bars  2.3M bars/s  ETA 2 s",
            RunProgress.line(4_500_000, 10_000_000, 2_000_000_000L));
        assertEquals("bt4j: 1,000,000 bars  0.5M bars/s  2 s", RunProgress.line(1_000_000, -1, 2_000_000_000L));
    }

    @Test
    void aShortRunDrawsNothing() {
        StringWriter err = new StringWriter();
        // just started: every check falls within the quiet two seconds
        RunProgress p = new RunProgress(new PrintWriter(err), () -> 200_000, () -> RunProgress.QUIET_NANOS - 1);
        for (int i = 0; i < 200_000; i++) {
            p.next();
        }
        p.stop();
        assertEquals("", err.toString());
    }

    @Test
    void aLongRunDrawsAndErasesItsLine() {
        StringWriter err = new StringWriter();
        // started long ago: the first check draws
        RunProgress p = new RunProgress(new PrintWriter(err), () -> -1, () -> 3 * RunProgress.QUIET_NANOS);
        for (int i = 0; i < 1 << 16; i++) {
            p.next();
        }
        p.stop();
        String s = err.toString();
        assertEquals('\r', s.charAt(0));
        assertEquals(true, s.startsWith("\rbt4j: 65,536 bars"), s);
        assertEquals(true, s.endsWith("\r"), s);
    }
}
