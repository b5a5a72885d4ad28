package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RunRecordTest {

    @Test
    void drawdownIsComputedFromValueLikeBacktradersObserver() {
        assertArrayEquals(new double[] {0, 0, 10, 5, 0}, RunRecord.drawdownPercent(new double[] {90, 100, 90, 95, 110}), 1e-12);
        DataRecord d = SyntheticRuns.data("d", 3, 1, false, false);
        RunRecord r = RunRecord.builder().data(d).broker(new double[] {1, 1, 1}, new double[] {100, 50, 100}).build();
        assertArrayEquals(new double[] {0, 50, 0}, r.drawdown(), 1e-12);
        assertSame(d.time(), r.clock(), "clock defaults to data 0");
    }

    @Test
    void inconsistentLengthsAreRejected() {
        DataRecord d = SyntheticRuns.data("d", 3, 1, false, false);
        assertThrows(IllegalArgumentException.class, () -> RunRecord.builder().data(d).broker(new double[2], null).build());
        assertThrows(IllegalArgumentException.class, () -> RunRecord.builder().build());
        RunRecord r = RunRecord.builder().data(d).analyzer("SQN", 1).setting("cash", 10000).build();
        assertEquals("10000", r.settings().get("cash"));
    }
}
