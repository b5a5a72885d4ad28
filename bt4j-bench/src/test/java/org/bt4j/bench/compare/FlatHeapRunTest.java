package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.bench.BenchData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class FlatHeapRunTest {

    @Test
    void exactbarsFromCsvFitsA64MibHeapAndReproducesTheReference() throws Exception {
        FlatHeapRun.Outcome o = FlatHeapRun.inChild(BenchData.csv(100_000), 64, true);
        assertTrue(o.ok(), o.failure());
        assertTrue(o.result().matches(ReferenceNumbers.forBars(100_000)), o.result().toString());
        assertTrue(o.seconds() > 0);
    }

    /**
     * The issue #9 target: 10M bars streamed from a {@code .bt4j} file with the standard observers
     * in a 64 MiB heap (only live orders and open trades are retained). Enable with -Pslow
     * (first use writes a 560 MiB CSV and its 560 MiB bar file to the temp directory).
     */
    @Test
    @EnabledIfSystemProperty(named = "bt4j.slow", matches = "true")
    void exactbarsOverTenMillionBarsFitsA64MibHeap() throws Exception {
        FlatHeapRun.Outcome o = FlatHeapRun.inChild(BenchData.barFile(10_000_000), 64, true);
        assertTrue(o.ok(), o.failure());
        assertTrue(o.result().matches(new SmaCrossResult(194870, 389741, 1.0, 8890.97, 10125.58)), o.result().toString());
    }

    @Test
    void reportsAChildThatCannotRun() throws Exception {
        FlatHeapRun.Outcome o = FlatHeapRun.inChild(java.nio.file.Path.of("/nonexistent/bars.csv"), 64, true);
        assertTrue(!o.ok() && o.failure().startsWith("exit 1"), String.valueOf(o.failure()));
    }
}
