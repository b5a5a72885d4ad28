package org.bt4j.line;

/**
 * A read-only view of one series of doubles, indexed like backtrader: {@code get(0)} is the
 * current bar, {@code get(-1)} the previous one. Implementations are primitive buffers; reading
 * never allocates. Not thread-safe: lines belong to the engine thread.
 */
public interface Line {

    /** The value {@code ago} bars from the current one (0 = current, -1 = previous). */
    double get(int ago);

    /** Number of bars this line has processed (backtrader's {@code len(line)}). */
    int len();

    /** Bars needed before the first meaningful value (warm-up), 1 for raw data. */
    int minPeriod();

    /** The buffer that physically stores the values. */
    LineBuffer buffer();
}
