package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.bench.BenchData;
import org.junit.jupiter.api.Test;

class FlatHeapRunTest {

    @Test
    void exactbarsFromCsvFitsA64MibHeapAndReproducesTheReference() throws Exception {
        FlatHeapRun.Outcome o = FlatHeapRun.inChild(BenchData.csv(100_000), 64, true);
        assertTrue(o.ok(), o.failure());
        assertTrue(o.result().matches(ReferenceNumbers.forBars(100_000)), o.result().toString());
        assertTrue(o.seconds() > 0);
    }

    @Test
    void reportsAChildThatCannotRun() throws Exception {
        FlatHeapRun.Outcome o = FlatHeapRun.inChild(java.nio.file.Path.of("/nonexistent/bars.csv"), 64, true);
        assertTrue(!o.ok() && o.failure().startsWith("exit 1"), String.valueOf(o.failure()));
    }
}
