package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.line.Line;
import org.junit.jupiter.api.Test;

/** {@link LineOp}: element-wise operations with Python float semantics, identical in both run modes. */
class LineOpTest {

    private static final double NaN = Double.NaN;
    /** a = the open, b = the close. */
    private static final double[] A = {-2, 0, 3, NaN, 9};
    private static final double[] B = {2, 0, 1.5, 1, 0.5};

    private static void check(LineOp.Kind kind, boolean withB, double... expected) {
        double[][] bars = new double[A.length][];
        for (int i = 0; i < A.length; i++) {
            bars[i] = new double[] {A[i], 10, -10, B[i]};
        }
        Runs.Result r = Hand.onBars(d -> withB ? LineOp.of(kind, d.open(), d.close()) : LineOp.of(kind, d.open()), bars);
        Hand.assertNames(r, "op");
        assertEquals(kind, ((LineOp) r.indicator()).kind());
        Hand.assertSeries(expected, r.line(0), kind.name());
    }

    @Test
    void arithmetic() {
        check(LineOp.Kind.ADD, true, 0, 0, 4.5, NaN, 9.5);
        check(LineOp.Kind.SUB, true, -4, 0, 1.5, NaN, 8.5);
        check(LineOp.Kind.MUL, true, -4, 0, 4.5, NaN, 4.5);
        check(LineOp.Kind.DIV, true, -1, NaN, 2, NaN, 18);
        check(LineOp.Kind.POW, true, 4, 1, Math.pow(3, 1.5), NaN, 3);
        check(LineOp.Kind.ABS, false, 2, 0, 3, NaN, 9);
        check(LineOp.Kind.NEG, false, 2, -0.0, -3, NaN, -9);
    }

    @Test
    void comparisonsAreOneOrZeroAndFalseWithNan() {
        check(LineOp.Kind.GT, true, 0, 0, 1, 0, 1);
        check(LineOp.Kind.GE, true, 0, 1, 1, 0, 1);
        check(LineOp.Kind.LT, true, 1, 0, 0, 0, 0);
        check(LineOp.Kind.LE, true, 1, 1, 0, 0, 0);
        check(LineOp.Kind.EQ, true, 0, 1, 0, 0, 0);
        check(LineOp.Kind.NE, true, 1, 0, 1, 1, 1);
    }

    @Test
    void truthinessCountsNanAsTrue() {
        check(LineOp.Kind.AND, true, 1, 0, 1, 1, 1);
        check(LineOp.Kind.OR, true, 1, 0, 1, 1, 1);
        check(LineOp.Kind.NOT, false, 0, 1, 0, 0, 0);
    }

    @Test
    void maxMinKeepTheFirstUnlessStrictlyBeaten() {
        check(LineOp.Kind.MAX, true, 2, 0, 3, NaN, 9);
        check(LineOp.Kind.MIN, true, -2, 0, 1.5, NaN, 0.5);
    }

    @Test
    void constantsOnEitherSide() {
        Runs.Result r = Hand.onCloses(x -> LineOp.of(LineOp.Kind.SUB, 10.0, x), 1, 4);
        Hand.assertLine(r, 0, 9, 6);
        Hand.assertLine(Hand.onCloses(x -> LineOp.of(LineOp.Kind.DIV, x, 4), 1, 4), 0, 0.25, 1);
    }

    @Test
    void squareAndSquareRootAreExactlyPythons() {
        // x ** 2 is x * x; x ** 0.5 is sqrt(x)
        double x = 0.1 + 0.2;
        Hand.assertLine(Hand.onCloses(in -> LineOp.of(LineOp.Kind.POW, in, 2.0), x), 0, x * x);
        assertEquals(Math.sqrt(x), Hand.onCloses(in -> LineOp.of(LineOp.Kind.POW, in, 0.5), x).line(0)[0]);
    }

    @Test
    void minimumPeriodIsTheLargestOperands() {
        Runs.Result r = Hand.onCloses(x -> LineOp.of(LineOp.Kind.ADD, x, new MovingAverageSimple(x, 3).line(0)), 1, 2, 3, 4);
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 5, 7);
    }

    @Test
    void operandsAreChecked() {
        assertEquals("operand must be a Line or a number, got x",
            Hand.rejects(f -> LineOp.of(LineOp.Kind.ADD, f.close(), "x")));
        assertEquals("ADD needs at least one line operand", Hand.rejects(f -> LineOp.of(LineOp.Kind.ADD, 1.0, 2.0)));
    }

    @Test
    void staticShorthandsReturnTheResultLine() {
        Runs.Result r = Hand.onCloses(x -> {
            Line l = LineOp.abs(LineOp.sub(LineOp.min(x, 3.0), LineOp.max(x, 2.0)));
            return new Delay(l, 0);
        }, 1, 2.5, 4);
        // min(x, 3) - max(x, 2): 1 - 2, 2.5 - 2.5, 3 - 4
        Hand.assertLine(r, 0, 1, 0, 1);
    }
}
