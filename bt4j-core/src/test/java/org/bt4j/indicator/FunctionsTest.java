package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiFunction;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;
import org.junit.jupiter.api.Test;

/** {@link Functions}: backtrader's {@code bt.And}, {@code bt.If}, {@code bt.Max}, ... with Python float semantics. */
class FunctionsTest {

    private static final double NaN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** a = the open, b = the close: a NaN in a, a bar where both are zero. */
    private static final double[] A = {1, 0, 3, NaN, 2};
    private static final double[] B = {2, 0, 1, 5, 2};

    /** The function of lines a and b, run in both modes (wrapped in a zero delay to be an indicator). */
    private static double[] of(BiFunction<Line, Line, Line> f) {
        double[][] bars = new double[A.length][];
        for (int i = 0; i < A.length; i++) {
            bars[i] = new double[] {A[i], Math.max(2, B[i]), 0, B[i]};
        }
        return Hand.onBars((DataFeed d) -> new Delay(f.apply(d.open(), d.close()), 0), bars).line(0);
    }

    private static void check(BiFunction<Line, Line, Line> f, double... expected) {
        Hand.assertSeries(expected, of(f), "function");
    }

    @Test
    void logic() {
        // NaN is true, as in Python
        check((a, b) -> Functions.And(a, b), 1, 0, 1, 1, 1);
        check((a, b) -> Functions.Or(a, 0.0), 1, 0, 1, 1, 1);
        check((a, b) -> Functions.All(a, b, 0.0), 0, 0, 0, 0, 0);
        check((a, b) -> Functions.Any(0.0, a), 1, 0, 1, 1, 1);
        check((a, b) -> Functions.If(LineOp.gt(a, b), a, b), 2, 0, 3, 5, 2);
    }

    @Test
    void maxAndMinKeepTheFirstOperandUnlessStrictlyBeaten() {
        // Python: max(nan, 5) is nan, max(5, nan) is 5
        check((a, b) -> Functions.Max(a, b), 2, 0, 3, NaN, 2);
        check((a, b) -> Functions.Max(b, a), 2, 0, 3, 5, 2);
        check((a, b) -> Functions.Min(a, b, 1.5), 1, 0, 1, NaN, 1.5);
    }

    @Test
    void sumIsExact() {
        check((a, b) -> Functions.Sum(a, b, 0.5), 3.5, 0.5, 4.5, NaN, 4.5);
        check((a, b) -> Functions.Sum(a, 1e16, 1.0, -1e16), 2, 1, 4, NaN, 3);
    }

    @Test
    void comparisons() {
        check((a, b) -> Functions.Cmp(a, b), -1, 0, 1, 0, 0);
        check((a, b) -> Functions.CmpEx(a, b, 10, 20, 30), 10, 20, 30, 30, 20);
    }

    @Test
    void divisionsByZero() {
        check((a, b) -> Functions.DivByZero(a, b), 0.5, 0, 3, NaN, 1);
        check((a, b) -> Functions.DivByZero(a, b, -1.0), 0.5, -1, 3, NaN, 1);
        check((a, b) -> Functions.DivZeroByZero(a, b), 0.5, 0, 3, NaN, 1);
        check((a, b) -> Functions.DivZeroByZero(a, b, 7, 9), 0.5, 9, 3, NaN, 1);
        check((a, b) -> Functions.DivZeroByZero(LineOp.add(a, 1.0), b), 1, INF, 4, NaN, 1.5);
    }

    @Test
    void reduceFoldsLeftToRight() {
        check((a, b) -> Functions.Reduce((x, y) -> 10 * x + y, a, b, b), 122, 0, 311, NaN, 222);
    }

    @Test
    void resultWaitsForItsSlowestLine() {
        Runs.Result r = Hand.onCloses(x -> new Delay(Functions.Max(new MovingAverageSimple(x, 3).line(0), x), 0), 1, 5, 3, 2);
        assertEquals(3, r.indicator().minPeriod());
        // sma3 = 3, 10/3 against 3, 2
        Hand.assertLine(r, 0, NaN, NaN, 3, 10.0 / 3);
    }
}
