package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    @Test
    void defaultsAndCopies() {
        ChartOptions d = ChartOptions.defaults();
        assertEquals(1600, d.width());
        assertEquals(1000, d.height());
        assertEquals(ChartOptions.BarStyle.LINE, d.withStyle(ChartOptions.BarStyle.LINE).style());
        assertTrue(d.withDrawdown(true).drawdown());
        assertEquals(800, d.withSize(800, 600).width());
    }

    @Test
    void tooSmallIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChartOptions.defaults().withSize(100, 100));
    }
}
