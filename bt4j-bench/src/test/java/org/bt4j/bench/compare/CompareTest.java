package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompareTest {

    private static String run(int expectedStatus, String... args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int status = Compare.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(expectedStatus, status, out);
        return out;
    }

    @Test
    void checksEveryEngineAgainstTheReferenceOn100kBars() throws Exception {
        String out = run(0, "--bars", "100000", "--reps", "1", "--no-ta4j", "--flat-heap-mib", "0");
        assertTrue(out.contains("CHECK PASSED"), out);
        assertTrue(out.contains("floor: fused primitive loop"), out);
        assertTrue(out.contains("bt4j exactbars=1, CSV streamed"), out);
        assertTrue(out.contains("machine: "), out);
        assertEquals(9, out.split("= ref", -1).length - 1, out);
    }

    @Test
    void badOptionsPrintUsage() throws Exception {
        assertTrue(run(2, "--bars", "0").contains("usage: compare"));
        assertTrue(run(2, "--frobnicate").contains("unknown option '--frobnicate'"));
        assertTrue(run(0, "--help").contains("--ta4j-max-bars"));
    }
}
