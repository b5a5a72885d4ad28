package org.bt4j.bench.compare;

/**
 * The results backtrader 1.9.78.123 itself produced for BT-SMACROSS-10-30-S42
 * (shared/reference/backtrader-test-anchors.md §1): the benchmark generator, seed 42, start
 * price 1000.00, SMA 10/30 CrossOver, long only, stake 1, cash 10000, no commission. Known for
 * 100,000 and 1,000,000 bars only; larger runs are checked against the floor loop, which
 * reproduces both of these. Stateless.
 */
public final class ReferenceNumbers {

    private static final SmaCrossResult BARS_100K = new SmaCrossResult(1961, 3922, 0, 10_002.61, 10_002.61);
    private static final SmaCrossResult BARS_1M = new SmaCrossResult(19_500, 39_001, 1, 8_944.36, 10_117.49);

    private ReferenceNumbers() {
    }

    /** Whether backtrader's own result is known for {@code bars} bars. */
    public static boolean known(int bars) {
        return bars == 100_000 || bars == 1_000_000;
    }

    /**
     * backtrader's result for {@code bars} bars.
     *
     * @throws IllegalArgumentException when it is not {@link #known(int) known}
     */
    public static SmaCrossResult forBars(int bars) {
        if (bars == 100_000) {
            return BARS_100K;
        }
        if (bars == 1_000_000) {
            return BARS_1M;
        }
        throw new IllegalArgumentException("backtrader's reference numbers exist for 100000 and 1000000 bars, not " + bars);
    }
}
