package org.bt4j.engine;

import org.bt4j.line.Indicator;

/**
 * Where a vectorised (runonce) run may take an indicator's lines already computed by another run
 * over the same data, instead of computing them again: an optimisation's combinations that need the
 * same indicator (one SMA(10) for every combination with fast = 10) share one computation.
 *
 * <p>Threading: one instance may serve the runs of every thread of a sweep at once; it must be
 * thread-safe.
 */
public interface IndicatorCache {

    /**
     * Fills {@code indicator}'s lines for {@code bars} bars as {@link Indicator#runOnce(int)} would
     * — from the cache, or by computing them now and keeping them for the next run — and returns
     * true; returns false, touching nothing, when this indicator is not one the cache shares (the
     * engine then computes it itself).
     */
    boolean fill(Indicator indicator, int bars);
}
