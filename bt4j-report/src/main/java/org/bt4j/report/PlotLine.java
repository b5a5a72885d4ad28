package org.bt4j.report;

import java.util.Objects;

/**
 * One plotted line of an indicator or observer: its name, one value per bar of the series it
 * belongs to ({@code NaN} where there is no value, e.g. during warm-up) and how it is drawn.
 * Immutable value; the array is not copied, so the caller must not change it afterwards.
 * Safe to share between threads once built.
 *
 * @param name   the line name as backtrader calls it ({@code sma}, {@code macd}, {@code histo})
 * @param values one value per bar
 * @param style  how the line is drawn
 */
public record PlotLine(String name, double[] values, Style style) {

    /** How a line is drawn, after backtrader's {@code plotlines} (plain line, bars, or dots). Immutable. */
    public enum Style { LINE, HISTOGRAM, DOTS }

    /** Checks the arguments. */
    public PlotLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(style, "style");
    }

    /** A plain line. */
    public static PlotLine of(String name, double[] values) {
        return new PlotLine(name, values, Style.LINE);
    }
}
