package org.bt4j.indicator;

import org.bt4j.line.Line;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineSeries;

/**
 * Fluent line arithmetic for a strategy's or indicator's set-up — the Java spelling of
 * backtrader's operator overloading in {@code __init__}: {@code self.data.close - sma > 0} becomes
 * {@code Lines.of(close).minus(sma).gt(0)}. Each step builds one {@link LineOp} (so the result is
 * an ordinary line with backtrader's minimum period: the largest of its line operands') and
 * returns it wrapped again; the wrapper is itself a {@link Line}, so it can be handed to any
 * indicator. Operands may be lines, {@code Lines}, indicators or other series (their first line,
 * as backtrader uses {@code sma} for {@code sma.lines[0]}) and numbers. Build at set-up time on
 * the engine thread; reading {@link #get(int)} at run time gives the current value.
 */
public final class Lines implements Line {

    private final Line line;

    private Lines(Line line) {
        this.line = line;
    }

    /** Wraps {@code line} (a {@code Lines} is returned as is). */
    public static Lines of(Line line) {
        if (line == null) {
            throw new IllegalArgumentException("line must not be null");
        }
        return line instanceof Lines l ? l : new Lines(line);
    }

    /** Wraps the first line of {@code series} (an indicator's main line, a feed's close). */
    public static Lines of(LineSeries series) {
        return of(series.line(0));
    }

    /** The wrapped line. */
    public Line line() {
        return line;
    }

    @Override
    public double get(int ago) {
        return line.get(ago);
    }

    @Override
    public int len() {
        return line.len();
    }

    @Override
    public int minPeriod() {
        return line.minPeriod();
    }

    @Override
    public LineBuffer buffer() {
        return line.buffer();
    }

    private Lines op(LineOp.Kind kind, Object other) {
        return new Lines(LineOp.of(kind, line, operand(other)).line());
    }

    private Lines op(LineOp.Kind kind) {
        return new Lines(LineOp.of(kind, line).line());
    }

    /** A line, a number, or the first line of a series, as {@link LineOp} takes operands. */
    static Object operand(Object o) {
        if (o instanceof Lines l) {
            return l.line;
        }
        if (o instanceof Line || o instanceof Number) {
            return o;
        }
        if (o instanceof LineSeries s) {
            return s.line(0);
        }
        throw new IllegalArgumentException("operand must be a line, a series or a number, got " + o);
    }

    /** {@code this + other}. */
    public Lines plus(Object other) {
        return op(LineOp.Kind.ADD, other);
    }

    /** {@code this - other}. */
    public Lines minus(Object other) {
        return op(LineOp.Kind.SUB, other);
    }

    /** {@code this * other}. */
    public Lines times(Object other) {
        return op(LineOp.Kind.MUL, other);
    }

    /** {@code this / other} (IEEE: x / 0 is infinite or NaN). */
    public Lines div(Object other) {
        return op(LineOp.Kind.DIV, other);
    }

    /** {@code this ** other}. */
    public Lines pow(Object other) {
        return op(LineOp.Kind.POW, other);
    }

    /** Python's {@code max(this, other)} per bar. */
    public Lines max(Object other) {
        return op(LineOp.Kind.MAX, other);
    }

    /** Python's {@code min(this, other)} per bar. */
    public Lines min(Object other) {
        return op(LineOp.Kind.MIN, other);
    }

    /** 1.0 where {@code this > other}, else 0.0. */
    public Lines gt(Object other) {
        return op(LineOp.Kind.GT, other);
    }

    /** 1.0 where {@code this >= other}, else 0.0. */
    public Lines ge(Object other) {
        return op(LineOp.Kind.GE, other);
    }

    /** 1.0 where {@code this < other}, else 0.0. */
    public Lines lt(Object other) {
        return op(LineOp.Kind.LT, other);
    }

    /** 1.0 where {@code this <= other}, else 0.0. */
    public Lines le(Object other) {
        return op(LineOp.Kind.LE, other);
    }

    /** 1.0 where {@code this == other}, else 0.0. */
    public Lines eq(Object other) {
        return op(LineOp.Kind.EQ, other);
    }

    /** 1.0 where {@code this != other}, else 0.0. */
    public Lines ne(Object other) {
        return op(LineOp.Kind.NE, other);
    }

    /** backtrader's {@code And(this, other)}. */
    public Lines and(Object other) {
        return op(LineOp.Kind.AND, other);
    }

    /** backtrader's {@code Or(this, other)}. */
    public Lines or(Object other) {
        return op(LineOp.Kind.OR, other);
    }

    /** {@code abs(this)}. */
    public Lines abs() {
        return op(LineOp.Kind.ABS);
    }

    /** {@code -this}. */
    public Lines neg() {
        return op(LineOp.Kind.NEG);
    }

    /** {@code not this} (1.0 where this is 0.0). */
    public Lines not() {
        return op(LineOp.Kind.NOT);
    }

    /** backtrader's {@code If(this, a, b)}: {@code a} where this is true, else {@code b}. */
    public Lines choose(Object a, Object b) {
        return new Lines(LineOp.of(LineOp.Kind.IF, line, operand(a), operand(b)).line());
    }

    /** backtrader's {@code line(-ago)} in {@code __init__}: this line delayed by {@code ago} bars. */
    public Lines delayed(int ago) {
        return of(Delay.of(line, ago));
    }

    @Override
    public String toString() {
        return "Lines[" + line + "]";
    }
}
