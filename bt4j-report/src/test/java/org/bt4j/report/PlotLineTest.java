package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlotLineTest {

    @Test
    void defaultsToLineAndChecksNulls() {
        assertEquals(PlotLine.Style.LINE, PlotLine.of("sma", new double[1]).style());
        assertThrows(NullPointerException.class, () -> new PlotLine("x", null, PlotLine.Style.DOTS));
    }
}
