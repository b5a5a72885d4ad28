package org.bt4j.resample;

import org.bt4j.time.TimeFrame;

/**
 * The parameters of backtrader's {@code resampledata}/{@code replaydata} (inventory §A7.1): target
 * {@code timeframe} and {@code compression}, {@code bar2edge}, {@code adjbartime},
 * {@code rightedge}, {@code boundoff}, {@code takelate} and {@code sessionend} (accepted for
 * compatibility; it has no effect in backtrader either). Start from {@link #resample} or
 * {@link #replay}, which carry the right defaults ({@code adjbartime} is false for replay), and
 * adjust with the {@code with…} methods. Immutable and thread-safe.
 */
public record ResampleParams(TimeFrame timeFrame, int compression, boolean bar2edge, boolean adjbartime,
                             boolean rightedge, int boundoff, boolean takelate, boolean sessionend) {

    /** Checks the values. */
    public ResampleParams {
        if (timeFrame == null || timeFrame == TimeFrame.NoTimeFrame) {
            throw new IllegalArgumentException("resample timeframe must be one of Ticks … Years, got " + timeFrame);
        }
        if (compression < 1) {
            throw new IllegalArgumentException("resample compression must be >= 1, got " + compression);
        }
    }

    /** Resampling defaults: bar2edge, adjbartime, rightedge and takelate on, boundoff 0. */
    public static ResampleParams resample(TimeFrame timeFrame, int compression) {
        return new ResampleParams(timeFrame, compression, true, true, true, 0, true, true);
    }

    /** Replay defaults: as {@link #resample} but adjbartime off. */
    public static ResampleParams replay(TimeFrame timeFrame, int compression) {
        return new ResampleParams(timeFrame, compression, true, false, true, 0, true, true);
    }

    /** With {@code bar2edge} set. */
    public ResampleParams withBar2edge(boolean v) {
        return new ResampleParams(timeFrame, compression, v, adjbartime, rightedge, boundoff, takelate, sessionend);
    }

    /** With {@code adjbartime} set. */
    public ResampleParams withAdjbartime(boolean v) {
        return new ResampleParams(timeFrame, compression, bar2edge, v, rightedge, boundoff, takelate, sessionend);
    }

    /** With {@code rightedge} set. */
    public ResampleParams withRightedge(boolean v) {
        return new ResampleParams(timeFrame, compression, bar2edge, adjbartime, v, boundoff, takelate, sessionend);
    }

    /** With {@code boundoff} set (boundaries shifted by N target units). */
    public ResampleParams withBoundoff(int v) {
        return new ResampleParams(timeFrame, compression, bar2edge, adjbartime, rightedge, v, takelate, sessionend);
    }

    /** With {@code takelate} set. */
    public ResampleParams withTakelate(boolean v) {
        return new ResampleParams(timeFrame, compression, bar2edge, adjbartime, rightedge, boundoff, v, sessionend);
    }

    /** With {@code sessionend} set (no effect, as in backtrader). */
    public ResampleParams withSessionend(boolean v) {
        return new ResampleParams(timeFrame, compression, bar2edge, adjbartime, rightedge, boundoff, takelate, v);
    }
}
