package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.report.DataRecord;
import org.bt4j.report.FillMarker;
import org.bt4j.report.IndicatorRecord;
import org.bt4j.report.PlotLine;
import org.bt4j.report.RunRecord;
import org.bt4j.report.TradeRecord;
import org.junit.jupiter.api.Test;

/**
 * Layout and drawing of a four-bar run on a 410×400 chart, checked against positions worked out by
 * hand: the plot area is 12..332 (320 px for 4 bars, so 80 px per bar with centres 52, 132, 212,
 * 292); panels share 400 − 34 (title) − 30 (time axis) − 8 per gap, by weight (observers 1, price 4).
 */
class ChartRendererTest {

    private static final double EPS = 1e-9;
    private static final int UP = 0x26A69A;
    private static final int DOWN = 0xEF5350;
    private static final int BUY = 0x0B7A0B;
    private static final int SELL = 0xB00020;
    private static final long DAY = 86_400L * 1_000_000_000L;
    /** 2024-01-02 00:00 UTC. */
    private static final long T0 = 1_704_153_600L * 1_000_000_000L;
    private static final long[] TIMES = {T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY};
    private static final double[] CENTRES = {52, 132, 212, 292};

    /** Records every call; fails on a non-finite coordinate (the renderer promises never to pass one). */
    private static final class Recording implements Canvas {
        record Call(String op, double[] xy, int rgb, String text, boolean flag) {
        }

        final List<Call> calls = new ArrayList<>();

        private void add(String op, int rgb, String text, boolean flag, double... xy) {
            for (double v : xy) {
                assertTrue(Double.isFinite(v), op + " got a non-finite coordinate");
            }
            calls.add(new Call(op, xy, rgb, text, flag));
        }

        List<Call> of(String op) {
            return calls.stream().filter(c -> c.op.equals(op)).toList();
        }

        List<Call> of(String op, int rgb) {
            return calls.stream().filter(c -> c.op.equals(op) && c.rgb == rgb).toList();
        }

        List<String> texts() {
            return of("text").stream().map(Call::text).toList();
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed) {
            add("line", rgb, null, dashed, x1, y1, x2, y2, width);
        }

        @Override
        public void polyline(double[] xs, double[] ys, int from, int to, int rgb, double width) {
            double[] xy = new double[2 * (to - from)];
            for (int i = from; i < to; i++) {
                xy[2 * (i - from)] = xs[i];
                xy[2 * (i - from) + 1] = ys[i];
            }
            add("polyline", rgb, null, false, xy);
        }

        @Override
        public void fillRect(double x, double y, double w, double h, int rgb, double alpha) {
            add("fillRect", rgb, null, false, x, y, w, h);
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, int rgb, double width) {
            add("strokeRect", rgb, null, false, x, y, w, h);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                xy[2 * i] = xs[i];
                xy[2 * i + 1] = ys[i];
            }
            add("fillPolygon", rgb, null, false, xy);
        }

        @Override
        public void fillCircle(double cx, double cy, double r, int rgb) {
            add("fillCircle", rgb, null, false, cx, cy, r);
        }

        @Override
        public void text(String s, double x, double y, int rgb, double size, int anchor, boolean bold) {
            add("text", rgb, s, bold, x, y, anchor);
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            add("clip", 0, null, false, x, y, w, h);
        }

        @Override
        public void unclip() {
            add("unclip", 0, null, false);
        }

        @Override
        public double textWidth(String s, double size) {
            return 6 * s.length();
        }
    }

    //                              bar 0  bar 1  bar 2  bar 3
    private static final double[] O = {10, 11, 10, 12.5};
    private static final double[] H = {12, 11.5, 13, 14};
    private static final double[] L = {9, 9.5, 10, 8};
    private static final double[] C = {11, 10, 12.5, 9};
    private static final double[] V = {1000, 2000, 4000, 500};

    private static DataRecord data(List<IndicatorRecord> indicators, List<FillMarker> fills) {
        return DataRecord.of("ES", ZoneOffset.UTC, TIMES, O, H, L, C, V, indicators, fills);
    }

    /** Broker panel, trades panel (one losing closed trade), price panel with a buy at bar 1 and a sell at bar 3. */
    private static RunRecord run() {
        DataRecord d = data(List.of(IndicatorRecord.overlay("SMA(2)", PlotLine.of("sma", new double[] {Double.NaN, 10.5, 11.25, 10.75}))),
                List.of(new FillMarker(1, true, 10.0, 10), new FillMarker(3, false, 9.0, -10)));
        return RunRecord.builder().title("smacross on ES").data(d)
                .broker(new double[] {10_000, 9_900, 9_900, 9_990}, new double[] {10_000, 10_000, 10_025, 9_990})
                .trade(new TradeRecord(1, 0, TIMES[1], TIMES[3], 1, 3, 10, 10.0, -10.0, -10.1)).build();
    }

    private static Recording render(RunRecord run, ChartOptions options) {
        Recording c = new Recording();
        new ChartRenderer(run, options).render(c);
        return c;
    }

    private static final ChartOptions SMALL = ChartOptions.defaults().withSize(410, 400);

    @Test
    void mapsBarTimesToTheLastClockBarAtOrBeforeThem() {
        long[] clock = {10, 20, 30, 40};
        assertArrayEquals(new int[] {-1, 1, 1, 3}, ChartRenderer.mapToClock(new long[] {5, 20, 25, 45}, clock));
        assertArrayEquals(new int[] {0, 1, 2, 3}, ChartRenderer.mapToClock(clock, clock));
        assertArrayEquals(new int[] {}, ChartRenderer.mapToClock(new long[0], clock));
    }

    @Test
    void panelsSplitTheHeightByWeight() {
        List<Recording.Call> frames = render(run(), SMALL).of("strokeRect");
        // 400 − 34 − 30 − 2 gaps × 8 = 320 px for weights 1 + 1 + 4
        double unit = 320.0 / 6;
        double[][] expected = {{12, 34, 320, unit}, {12, 34 + unit + 8, 320, unit}, {12, 34 + 2 * unit + 16, 320, 4 * unit}};
        assertEquals(3, frames.size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected[i], frames.get(i).xy(), EPS, "panel " + i);
        }
    }

    @Test
    void drawdownPanelOnlyWhenAsked() {
        assertEquals(4, render(run(), SMALL.withDrawdown(true)).of("strokeRect").size());
        RunRecord bare = RunRecord.builder().data(data(List.of(), List.of())).build();
        assertEquals(1, render(bare, SMALL.withDrawdown(true)).of("strokeRect").size(), "no broker, no drawdown");
    }

    @Test
    void candlesSitOnTheirBarCentresColouredByDirection() {
        Recording c = render(run(), SMALL);
        List<Recording.Call> up = c.of("fillRect", UP);
        List<Recording.Call> down = c.of("fillRect", DOWN);
        assertEquals(2, up.size());
        assertEquals(2, down.size());
        double body = 80 * 0.7;
        assertEquals(CENTRES[0] - body / 2, up.get(0).xy()[0], EPS);
        assertEquals(CENTRES[2] - body / 2, up.get(1).xy()[0], EPS);
        assertEquals(CENTRES[1] - body / 2, down.get(0).xy()[0], EPS);
        assertEquals(CENTRES[3] - body / 2, down.get(1).xy()[0], EPS);
        assertEquals(body, up.get(0).xy()[2], EPS);
    }

    @Test
    void priceScaleIsPaddedSixPercentWithRoomForVolumeBelow() {
        Recording c = render(run(), SMALL);
        double top = 34 + 2 * 320.0 / 6 + 16;
        double height = 4 * 320.0 / 6;
        // lows/highs span 8..14; 6% of 6 = 0.36 pad each side, then a quarter of 6.72 more below for volume
        double min = 8 - 0.36 - 0.25 * 6.72;
        double max = 14 + 0.36;
        List<Recording.Call> wicks = new ArrayList<>(c.of("line", UP));
        wicks.addAll(c.of("line", DOWN));
        assertEquals(4, wicks.size());
        for (Recording.Call w : wicks) {
            int bar = (int) Math.round((w.xy()[0] - 52) / 80);
            assertEquals(CENTRES[bar], w.xy()[0], EPS);
            assertEquals(top + height - (H[bar] - min) / (max - min) * height, w.xy()[1], 1e-6, "high of bar " + bar);
            assertEquals(top + height - (L[bar] - min) / (max - min) * height, w.xy()[3], 1e-6, "low of bar " + bar);
        }
    }

    @Test
    void volumeBarsScaleToTheLargestWithinTheBottomBand() {
        Recording c = render(run(), SMALL);
        double height = 4 * 320.0 / 6;
        List<Recording.Call> vol = new ArrayList<>(c.of("fillRect", 0x7F8FA6)); // up bars
        vol.addAll(c.of("fillRect", 0xC9A0A0)); // down bars
        assertEquals(4, vol.size());
        double band = 0.22 * height;
        double[] expectedHeights = {band / 4, band / 2, band, band / 8}; // 1000, 2000, 4000, 500 of 4000
        for (Recording.Call r : vol) {
            int bar = (int) Math.round((r.xy()[0] + r.xy()[2] / 2 - 52) / 80);
            assertEquals(expectedHeights[bar], r.xy()[3], 1e-6, "volume of bar " + bar);
        }
    }

    @Test
    void fillsAreTrianglesPointingAtTheirPrice() {
        Recording c = render(run(), SMALL);
        List<Recording.Call> buys = c.of("fillPolygon", BUY);
        List<Recording.Call> sells = c.of("fillPolygon", SELL);
        assertEquals(1, buys.size());
        assertEquals(1, sells.size());
        double[] buy = buys.get(0).xy();
        double[] sell = sells.get(0).xy();
        assertEquals(CENTRES[1], buy[0], EPS);
        assertEquals(CENTRES[3], sell[0], EPS);
        assertTrue(buy[3] > buy[1], "buy triangle opens downwards from its tip under the price (points up)");
        assertTrue(sell[3] < sell[1], "sell triangle points down at the price from above");
    }

    @Test
    void closedTradesAreDotsColouredBySign() {
        Recording c = render(run(), SMALL);
        List<Recording.Call> dots = c.of("fillCircle");
        assertEquals(1, dots.size());
        assertEquals(CENTRES[3], dots.get(0).xy()[0], EPS);
        assertEquals(0xD62728, dots.get(0).rgb(), "a loss is drawn in the negative colour");
    }

    @Test
    void seriesBreakAtMissingValuesAndNeverPassNaN() {
        Recording c = render(run(), SMALL);
        // the SMA overlay (second colour of the cycle) skips its NaN warm-up bar: one 3-point polyline
        List<Recording.Call> sma = c.of("polyline", 0xFF7F0E).stream().filter(p -> p.xy().length > 0).toList();
        assertEquals(1, sma.size());
        assertArrayEquals(new double[] {132, 212, 292},
                new double[] {sma.get(0).xy()[0], sma.get(0).xy()[2], sma.get(0).xy()[4]}, EPS);
    }

    @Test
    void titleSubtitleLegendsAndDateAxis() {
        List<String> texts = render(run(), SMALL).texts();
        assertEquals("smacross on ES", texts.get(0));
        assertEquals("start 10000.00   final 9990.00   bars 4", texts.get(1));
        assertTrue(texts.contains("Cash 9990.00"), texts.toString());
        assertTrue(texts.contains("Value 9990.00"), texts.toString());
        assertTrue(texts.contains("ES O 12.5 H 14 L 8 C 9"), texts.toString());
        assertTrue(texts.contains("SMA(2) 10.75"), texts.toString());
        // two axis labels for 320 px (one per 150 px, at least two): bars 0 and 2
        assertEquals("2024-01-02", texts.get(texts.size() - 2));
        assertEquals("2024-01-04", texts.get(texts.size() - 1));
    }

    @Test
    void lineStyleDrawsClosesInsteadOfCandles() {
        Recording c = render(run(), SMALL.withStyle(ChartOptions.BarStyle.LINE));
        assertTrue(c.of("fillRect", UP).isEmpty());
        assertTrue(c.of("line", DOWN).isEmpty());
        List<Recording.Call> closes = c.of("polyline", 0x1F77B4);
        assertEquals(1, closes.size());
        assertEquals(8, closes.get(0).xy().length, "one point per close");
    }

    @Test
    void subplotsGetTheirOwnPanelWithDashedReferenceLines() {
        IndicatorRecord rsi = IndicatorRecord.subplot("RSI(2)", new double[] {30, 70},
                PlotLine.of("rsi", new double[] {Double.NaN, 40, 80, 20}));
        RunRecord r = RunRecord.builder().data(data(List.of(rsi), List.of())).build();
        Recording c = render(r, SMALL);
        List<Recording.Call> frames = c.of("strokeRect");
        assertEquals(2, frames.size(), "price and RSI");
        // 400 − 34 − 30 − 8 = 328 for weights 4 + 1
        assertEquals(328.0 / 5, frames.get(1).xy()[3], EPS);
        List<Recording.Call> dashed = c.of("line").stream().filter(Recording.Call::flag).toList();
        assertEquals(2, dashed.size());
        // the panel spans the values and reference lines, 20..80, padded by 6% of 60 = 3.6 each side
        double top = frames.get(1).xy()[1];
        double height = frames.get(1).xy()[3];
        double min = 20 - 3.6;
        double max = 80 + 3.6;
        assertEquals(top + height - (30 - min) / (max - min) * height, dashed.get(0).xy()[1], 1e-6);
        assertEquals(top + height - (70 - min) / (max - min) * height, dashed.get(1).xy()[1], 1e-6);
    }
}
