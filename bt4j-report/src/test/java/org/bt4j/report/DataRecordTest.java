package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataRecordTest {

    private static DataRecord of(long[] t, double[] v, List<IndicatorRecord> inds, List<FillMarker> fills) {
        return DataRecord.of("x", ZoneOffset.UTC, t, v, v, v, v, v, inds, fills);
    }

    @Test
    void validatesLengthsOrderAndFills() {
        double[] two = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> of(new long[] {1, 2, 3}, two, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> of(new long[] {2, 1}, two, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> of(new long[] {1, 2}, two,
                List.of(IndicatorRecord.overlay("s", PlotLine.of("s", new double[3]))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> of(new long[] {1, 2}, two, List.of(),
                List.of(new FillMarker(2, true, 1, 1))));
        assertTrue(of(new long[] {1, 2}, two, List.of(), List.of()).hasVolume());
        assertFalse(of(new long[] {1, 2}, new double[2], List.of(), List.of()).hasVolume());
    }
}
