package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void niceStepsCoverTheRange() {
        AxisTicks t = AxisTicks.of(83.2, 107.9, 5);
        assertEquals(5.0, t.step());
        assertEquals(85.0, t.value(0));
        assertEquals("105", t.label(t.count() - 1));
        AxisTicks small = AxisTicks.of(0.0012, 0.0049, 4);
        assertEquals(0.001, small.step(), 1e-15);
        assertEquals("0.002", small.label(0));
        AxisTicks quarter = AxisTicks.of(0, 10, 4);
        assertEquals(2.5, quarter.step());
        assertEquals("2.5", quarter.label(1));
    }

    @Test
    void flatRangeGivesOneTickAndNoNegativeZero() {
        assertEquals(1, AxisTicks.of(5, 5, 4).count());
        assertEquals("0.00", AxisTicks.format(-0.001, 2));
    }
}
