package org.bt4j.report.chart;

/**
 * How a chart is drawn: its size in pixels, how bars are shown (backtrader's {@code style}:
 * candles, OHLC bars or a close line), whether the volume is overlaid on the price panel and
 * whether a drawdown panel is added under the broker panel. Immutable value; thread-safe.
 *
 * @param width    width in pixels (at least 320)
 * @param height   height in pixels (at least 240)
 * @param style    bar style
 * @param volume   overlay the volume on the price panel (backtrader's {@code voloverlay})
 * @param drawdown add a drawdown panel
 */
public record ChartOptions(int width, int height, BarStyle style, boolean volume, boolean drawdown) {

    /** How price bars are drawn. Immutable. */
    public enum BarStyle { CANDLE, BAR, LINE }

    /** Checks the arguments. */
    public ChartOptions {
        if (width < 320 || height < 240) {
            throw new IllegalArgumentException("chart size must be at least 320x240, got " + width + "x" + height);
        }
        if (style == null) {
            throw new IllegalArgumentException("bar style must not be null");
        }
    }

    /** 1600×1000 candles with volume, no drawdown panel. */
    public static ChartOptions defaults() {
        return new ChartOptions(1600, 1000, BarStyle.CANDLE, true, false);
    }

    /** The same options with another size. */
    public ChartOptions withSize(int w, int h) {
        return new ChartOptions(w, h, style, volume, drawdown);
    }

    /** The same options with another bar style. */
    public ChartOptions withStyle(BarStyle s) {
        return new ChartOptions(width, height, s, volume, drawdown);
    }

    /** The same options with or without the drawdown panel. */
    public ChartOptions withDrawdown(boolean on) {
        return new ChartOptions(width, height, style, volume, on);
    }
}
