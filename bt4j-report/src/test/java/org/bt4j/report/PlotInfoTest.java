package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MACDHisto;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.indicator.RelativeStrengthIndex;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

/** {@link PlotInfo}: backtrader's panel placement, levels, line styles and labels. */
class PlotInfoTest {

    private static ArrayFeed feed() {
        long[] t = new long[50];
        double[] c = new double[50];
        for (int i = 0; i < t.length; i++) {
            t[i] = (i + 1) * 86_400_000_000_000L;
            c[i] = 50 + i % 7;
        }
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    @Test
    void placementLevelsStylesAndLabels() {
        ArrayFeed d = feed();
        try (LineContext ctx = LineContext.open()) {
            MovingAverageSimple sma = new MovingAverageSimple(d.close(), 30);
            CrossOver cross = new CrossOver(d.close(), sma.line(0));
            MACDHisto macd = new MACDHisto(d.close());
            RelativeStrengthIndex rsi = new RelativeStrengthIndex(d.close(), 14);

            assertTrue(PlotInfo.overlay(sma));
            assertFalse(PlotInfo.overlay(cross));
            assertEquals("MovingAverageSimple(30)", PlotInfo.label(sma));
            assertEquals("CrossOver", PlotInfo.label(cross));

            IndicatorRecord c = PlotInfo.record(cross, "CrossOver", new double[][] {{0, 1}});
            assertTrue(c.subplot());
            assertArrayEquals(new double[] {0.0}, c.hlines());
            IndicatorRecord m = PlotInfo.record(macd, "MACDHisto", new double[][] {{1}, {2}, {3}});
            assertEquals(List.of(PlotLine.Style.LINE, PlotLine.Style.LINE, PlotLine.Style.HISTOGRAM),
                    m.lines().stream().map(PlotLine::style).toList());
            assertEquals("histo", m.lines().get(2).name());
            assertArrayEquals(new double[] {70.0, 30.0}, PlotInfo.record(rsi, "RSI", new double[][] {{50}}).hlines());

            List<Indicator> plotted = ctx.indicators().stream().filter(PlotInfo::plotted).toList();
            assertEquals(List.of(sma, cross, macd, rsi), plotted, "helpers inside indicators are not drawn");
        }
    }
}
