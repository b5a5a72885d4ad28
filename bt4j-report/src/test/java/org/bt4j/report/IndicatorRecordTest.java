package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorRecordTest {

    @Test
    void overlayAndSubplot() {
        assertFalse(IndicatorRecord.overlay("SMA", PlotLine.of("sma", new double[1])).subplot());
        IndicatorRecord rsi = IndicatorRecord.subplot("RSI", new double[] {30, 70}, PlotLine.of("rsi", new double[1]));
        assertTrue(rsi.subplot());
        assertEquals(2, rsi.hlines().length);
        assertThrows(IllegalArgumentException.class, () -> new IndicatorRecord("x", true, List.of(), null));
    }
}
