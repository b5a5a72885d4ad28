package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.util.FSum;

/**
 * An element-wise operation on lines and constants — what backtrader builds when {@code __init__}
 * code writes {@code a - b}, {@code 100.0 * x}, {@code a > b}, {@code abs(x)}, {@code Max(a, 0.0)}
 * or {@code If(c, a, b)}. Each bar's value depends only on the operands' values on that bar, with
 * Python's float semantics (comparisons give 1.0/0.0; {@code max}/{@code min} keep the first
 * operand unless the second is strictly greater/smaller). The minimum period is the largest of
 * the line operands'. Line {@code op}. Build them with the static factories, with {@link Lines},
 * or with {@link Functions}. Engine thread only.
 */
public final class LineOp extends Indicator {

    /** The operations. Immutable. */
    public enum Kind {
        ADD, SUB, MUL, DIV, POW, MAX, MIN, GT, GE, LT, LE, EQ, NE, AND, OR, ABS, NEG, NOT,
        /** {@code a if c else b} with c the first operand. */
        IF,
        /** {@code a / b}, or the third operand when {@code b == 0}. */
        DIV_BY_ZERO,
        /** {@code a / b}; when {@code b == 0}: the fourth operand if {@code a == 0}, else the third. */
        DIV_ZERO_BY_ZERO,
        /** Python 2 {@code cmp(a, b)}: -1, 0 or 1. */
        CMP,
        /** {@code r1 if a < b, r2 if a == b, r3 if a > b}. */
        CMP_EX,
        /** {@code math.fsum} of all operands. */
        SUM,
        /** 1.0 if any operand is non-zero. */
        ANY,
        /** 1.0 if every operand is non-zero. */
        ALL
    }

    private final Kind kind;
    private final Line[] operandLines;
    private final double[] constants;
    private final double[] values;
    private final FSum fsum = new FSum();

    private LineOp(Kind kind, Line[] lineOperands, Object[] operands) {
        super(new String[] {"op"}, lineOperands);
        this.kind = kind;
        this.operandLines = new Line[operands.length];
        this.constants = new double[operands.length];
        this.values = new double[operands.length];
        for (int i = 0; i < operands.length; i++) {
            if (operands[i] instanceof Line l) {
                operandLines[i] = l;
            } else {
                constants[i] = ((Number) operands[i]).doubleValue();
            }
        }
    }

    /** A general operation; each operand is a {@link Line} or a {@link Number}; at least one line. */
    public static LineOp of(Kind kind, Object... operands) {
        int n = 0;
        for (Object o : operands) {
            if (o instanceof Line) {
                n++;
            } else if (!(o instanceof Number)) {
                throw new IllegalArgumentException("operand must be a Line or a number, got " + o);
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(kind + " needs at least one line operand");
        }
        Line[] ls = new Line[n];
        int k = 0;
        for (Object o : operands) {
            if (o instanceof Line l) {
                ls[k++] = l;
            }
        }
        return new LineOp(kind, ls, operands);
    }

    /** The result line. */
    public Line line() {
        return line(0);
    }

    /** The operation. */
    public Kind kind() {
        return kind;
    }

    static double apply(Kind kind, double a, double b, double c, double d) {
        switch (kind) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            case POW: return pow(a, b);
            case MAX: return b > a ? b : a;
            case MIN: return b < a ? b : a;
            case GT: return a > b ? 1.0 : 0.0;
            case GE: return a >= b ? 1.0 : 0.0;
            case LT: return a < b ? 1.0 : 0.0;
            case LE: return a <= b ? 1.0 : 0.0;
            case EQ: return a == b ? 1.0 : 0.0;
            case NE: return a != b ? 1.0 : 0.0;
            case AND: return truthy(a) && truthy(b) ? 1.0 : 0.0;
            case OR: return truthy(a) || truthy(b) ? 1.0 : 0.0;
            case ABS: return Math.abs(a);
            case NEG: return -a;
            case NOT: return truthy(a) ? 0.0 : 1.0;
            case IF: return truthy(a) ? b : c;
            case DIV_BY_ZERO: return b != 0.0 ? a / b : c;
            case DIV_ZERO_BY_ZERO: return b != 0.0 ? a / b : (a == 0.0 ? d : c);
            case CMP: return a < b ? -1.0 : (a > b ? 1.0 : 0.0);
            default: throw new AssertionError(kind);
        }
    }

    /** Python truthiness of a float: non-zero (NaN included) is true. */
    static boolean truthy(double x) {
        return x != 0.0;
    }

    /** {@code a ** b} as CPython computes it for the exponents backtrader uses (x*x, sqrt). */
    static double pow(double a, double b) {
        if (b == 2.0) {
            return a * a;
        }
        if (b == 0.5) {
            return Math.sqrt(a);
        }
        if (b == 1.0) {
            return a;
        }
        return Math.pow(a, b);
    }

    private double operand(int k) {
        Line l = operandLines[k];
        return l != null ? l.get(0) : constants[k];
    }

    @Override
    protected void next() {
        out(0).set(0, compute(0, null));
    }

    private double compute(int i, double[][] arrays) {
        int n = operandLines.length;
        double[] v = values;
        for (int k = 0; k < n; k++) {
            v[k] = arrays == null ? operand(k) : value(arrays, k, i);
        }
        switch (kind) {
            case MAX: {
                double m = v[0];
                for (int k = 1; k < n; k++) {
                    if (v[k] > m) {
                        m = v[k];
                    }
                }
                return m;
            }
            case MIN: {
                double m = v[0];
                for (int k = 1; k < n; k++) {
                    if (v[k] < m) {
                        m = v[k];
                    }
                }
                return m;
            }
            case AND: case ALL:
                for (int k = 0; k < n; k++) {
                    if (!truthy(v[k])) {
                        return 0.0;
                    }
                }
                return 1.0;
            case OR: case ANY:
                for (int k = 0; k < n; k++) {
                    if (truthy(v[k])) {
                        return 1.0;
                    }
                }
                return 0.0;
            case SUM:
                fsum.reset();
                for (int k = 0; k < n; k++) {
                    fsum.add(v[k]);
                }
                return fsum.value();
            case CMP_EX:
                return v[0] < v[1] ? v[2] : (v[0] == v[1] ? v[3] : v[4]);
            default:
                return apply(kind, v[0], n > 1 ? v[1] : 0.0, n > 2 ? v[2] : 0.0, n > 3 ? v[3] : 0.0);
        }
    }

    private double value(double[][] arrays, int k, int i) {
        double[] arr = arrays[k];
        return arr != null ? arr[i] : constants[k];
    }

    @Override
    protected void once(int start, int end) {
        double[] dst = out(0).array();
        double[][] arrays = new double[operandLines.length][];
        for (int k = 0; k < operandLines.length; k++) {
            arrays[k] = operandLines[k] == null ? null : operandLines[k].buffer().array();
        }
        if (operandLines.length == 2 && fastBinary(arrays, dst, start, end)) {
            return;
        }
        for (int i = start; i < end; i++) {
            dst[i] = compute(i, arrays);
        }
    }

    /** Tight loops for the arithmetic that fills most indicator graphs. */
    private boolean fastBinary(double[][] arrays, double[] dst, int start, int end) {
        double[] x = arrays[0];
        double[] y = arrays[1];
        if (x != null && y != null) {
            switch (kind) {
                case ADD: for (int i = start; i < end; i++) { dst[i] = x[i] + y[i]; } return true;
                case SUB: for (int i = start; i < end; i++) { dst[i] = x[i] - y[i]; } return true;
                case MUL: for (int i = start; i < end; i++) { dst[i] = x[i] * y[i]; } return true;
                case DIV: for (int i = start; i < end; i++) { dst[i] = x[i] / y[i]; } return true;
                default: return false;
            }
        }
        if (x != null) {
            double s = constants[1];
            switch (kind) {
                case ADD: for (int i = start; i < end; i++) { dst[i] = x[i] + s; } return true;
                case SUB: for (int i = start; i < end; i++) { dst[i] = x[i] - s; } return true;
                case MUL: for (int i = start; i < end; i++) { dst[i] = x[i] * s; } return true;
                case DIV: for (int i = start; i < end; i++) { dst[i] = x[i] / s; } return true;
                default: return false;
            }
        }
        if (y != null) {
            double s = constants[0];
            switch (kind) {
                case ADD: for (int i = start; i < end; i++) { dst[i] = s + y[i]; } return true;
                case SUB: for (int i = start; i < end; i++) { dst[i] = s - y[i]; } return true;
                case MUL: for (int i = start; i < end; i++) { dst[i] = s * y[i]; } return true;
                case DIV: for (int i = start; i < end; i++) { dst[i] = s / y[i]; } return true;
                default: return false;
            }
        }
        return false;
    }

    // ---- factories: each returns the result line; operands are Lines or Numbers ----------

    public static Line add(Object a, Object b) { return of(Kind.ADD, a, b).line(); }
    public static Line sub(Object a, Object b) { return of(Kind.SUB, a, b).line(); }
    public static Line mul(Object a, Object b) { return of(Kind.MUL, a, b).line(); }
    public static Line div(Object a, Object b) { return of(Kind.DIV, a, b).line(); }
    public static Line pow(Object a, Object b) { return of(Kind.POW, a, b).line(); }
    public static Line max(Object a, Object b) { return of(Kind.MAX, a, b).line(); }
    public static Line min(Object a, Object b) { return of(Kind.MIN, a, b).line(); }
    public static Line gt(Object a, Object b) { return of(Kind.GT, a, b).line(); }
    public static Line lt(Object a, Object b) { return of(Kind.LT, a, b).line(); }
    public static Line abs(Line a) { return of(Kind.ABS, a).line(); }
}
