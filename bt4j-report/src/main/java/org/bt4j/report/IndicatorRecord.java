package org.bt4j.report;

import java.util.List;
import java.util.Objects;

/**
 * An indicator (or observer) to draw with a data: its label, whether it gets its own panel below
 * the data (backtrader's {@code plotinfo.subplot=True}, e.g. RSI, MACD) or is drawn over the
 * prices ({@code subplot=False}, e.g. moving averages, Bollinger bands), its lines, one value
 * per bar of the data, and horizontal reference lines ({@code plotyhlines}, e.g. 30 and 70 for RSI).
 * Immutable value, safe to share between threads.
 *
 * @param label   the legend text, e.g. {@code SMA(30)}
 * @param subplot true for an own panel, false for an overlay on the price panel
 * @param lines   the lines, in declared order
 * @param hlines  horizontal reference levels (may be empty)
 */
public record IndicatorRecord(String label, boolean subplot, List<PlotLine> lines, double[] hlines) {

    /** Checks the arguments and freezes the list. */
    public IndicatorRecord {
        Objects.requireNonNull(label, "label");
        lines = List.copyOf(lines);
        hlines = hlines == null ? new double[0] : hlines;
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("indicator '" + label + "' has no lines");
        }
    }

    /** An overlay on the price panel. */
    public static IndicatorRecord overlay(String label, PlotLine... lines) {
        return new IndicatorRecord(label, false, List.of(lines), new double[0]);
    }

    /** An indicator in its own panel, with optional horizontal reference levels. */
    public static IndicatorRecord subplot(String label, double[] hlines, PlotLine... lines) {
        return new IndicatorRecord(label, true, List.of(lines), hlines);
    }
}
