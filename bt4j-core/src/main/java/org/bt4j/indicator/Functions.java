package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's functions library ({@code bt.And}, {@code bt.If}, {@code bt.Max}, ...) for building
 * line expressions in a strategy's or indicator's set-up, named exactly as in backtrader so code
 * ports over with {@code import static org.bt4j.indicator.Functions.*}. Every argument is a
 * {@link Line} or a number (at least one line); every result is a new line whose minimum period is
 * the largest of its line arguments'. Booleans are 1.0/0.0 and any non-zero value (NaN included)
 * counts as true, as in Python. Call from the engine thread during set-up.
 */
public final class Functions {

    private Functions() {
    }

    /** 1.0 when every argument is true. */
    public static Line And(Object... args) {
        return LineOp.of(LineOp.Kind.AND, args).line();
    }

    /** 1.0 when any argument is true. */
    public static Line Or(Object... args) {
        return LineOp.of(LineOp.Kind.OR, args).line();
    }

    /** {@code a} where {@code cond} is true, else {@code b}. */
    public static Line If(Object cond, Object a, Object b) {
        return LineOp.of(LineOp.Kind.IF, cond, a, b).line();
    }

    /** Python's {@code max(*args)} per bar (the first of equal maxima; NaN first stays NaN). */
    public static Line Max(Object... args) {
        return LineOp.of(LineOp.Kind.MAX, args).line();
    }

    /** Python's {@code min(*args)} per bar. */
    public static Line Min(Object... args) {
        return LineOp.of(LineOp.Kind.MIN, args).line();
    }

    /** {@code math.fsum(args)} per bar (exact, correctly rounded). */
    public static Line Sum(Object... args) {
        return LineOp.of(LineOp.Kind.SUM, args).line();
    }

    /** 1.0 when any argument is true. */
    public static Line Any(Object... args) {
        return LineOp.of(LineOp.Kind.ANY, args).line();
    }

    /** 1.0 when every argument is true. */
    public static Line All(Object... args) {
        return LineOp.of(LineOp.Kind.ALL, args).line();
    }

    /** -1.0, 0.0 or 1.0 as {@code a} is below, equal to or above {@code b}. */
    public static Line Cmp(Object a, Object b) {
        return LineOp.of(LineOp.Kind.CMP, a, b).line();
    }

    /** {@code r1} if {@code a < b}, {@code r2} if equal, {@code r3} if {@code a > b}. */
    public static Line CmpEx(Object a, Object b, Object r1, Object r2, Object r3) {
        return LineOp.of(LineOp.Kind.CMP_EX, a, b, r1, r2, r3).line();
    }

    /** {@code a / b}, or {@code zero} where {@code b == 0}. */
    public static Line DivByZero(Object a, Object b, double zero) {
        return LineOp.of(LineOp.Kind.DIV_BY_ZERO, a, b, zero).line();
    }

    /** {@link #DivByZero(Object, Object, double)} with zero 0.0. */
    public static Line DivByZero(Object a, Object b) {
        return DivByZero(a, b, 0.0);
    }

    /** {@code a / b}; where {@code b == 0}: {@code dual} if {@code a == 0} too, else {@code single}. */
    public static Line DivZeroByZero(Object a, Object b, double single, double dual) {
        return LineOp.of(LineOp.Kind.DIV_ZERO_BY_ZERO, a, b, single, dual).line();
    }

    /** {@link #DivZeroByZero(Object, Object, double, double)} with inf and 0.0. */
    public static Line DivZeroByZero(Object a, Object b) {
        return DivZeroByZero(a, b, Double.POSITIVE_INFINITY, 0.0);
    }

    /** Python's {@code functools.reduce(function, args)} per bar, folding left to right. */
    public static Line Reduce(java.util.function.DoubleBinaryOperator function, Line... args) {
        return new Reduce(function, args).line(0);
    }
}
