package org.bt4j.strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;
import org.bt4j.line.LineSeries;
import org.bt4j.order.Order;

/**
 * backtrader's {@code SignalStrategy}: a strategy that trades on signals, indicators whose first
 * line says long ({@code > 0}) or short ({@code < 0}). Every bar, before the strategy's own
 * {@link #nextCustom()}, it enters, exits, reverses or (with {@link #accumulate}) adds at market
 * in the target data with the sizer's stake, with backtrader's exact rules per
 * {@link SignalType}; while its last order is alive it issues no other unless
 * {@link #concurrent}. Signals come from {@link #signalAdd} (in {@code init()}) or from
 * {@code Cerebro.addSignal}, built after {@code init()} as backtrader builds them.
 *
 * <p>{@link #next()} is the signal logic and cannot be overridden: override
 * {@link #nextCustom()} (backtrader renames a {@code SignalStrategy}'s {@code next} so). Engine
 * thread only.
 */
public class SignalStrategy extends Strategy {

    /** backtrader's {@code SIGNAL_*} types. */
    public enum SignalType {
        /** Long and short indications: enter, reverse. */
        LONGSHORT,
        /** Long enters; short closes the long (unless a LONGEXIT signal exists). */
        LONG,
        /** LONG with the sign inverted. */
        LONG_INV,
        /** Any non-zero value enters long. */
        LONG_ANY,
        /** Short enters; long closes the short (unless a SHORTEXIT signal exists). */
        SHORT,
        /** SHORT with the sign inverted. */
        SHORT_INV,
        /** Any non-zero value enters short. */
        SHORT_ANY,
        /** Short indications exit a long. */
        LONGEXIT,
        /** LONGEXIT with the sign inverted. */
        LONGEXIT_INV,
        /** Any non-zero value exits a long. */
        LONGEXIT_ANY,
        /** Long indications exit a short. */
        SHORTEXIT,
        /** SHORTEXIT with the sign inverted. */
        SHORTEXIT_INV,
        /** Any non-zero value exits a short. */
        SHORTEXIT_ANY
    }

    /** A signal still to be built in the strategy's set-up ({@code Cerebro.addSignal}). */
    private record Pending(SignalType type, Function<? super SignalStrategy, ? extends LineSeries> factory) {
    }

    private final Map<SignalType, List<Line>> signals = new EnumMap<>(SignalType.class);
    private final List<Pending> pending = new ArrayList<>();
    private boolean accumulate;
    private boolean concurrent;
    private DataFeed target;
    private Order sentinel;
    private boolean longExit;
    private boolean shortExit;

    /** Adds {@code signal} (its first line) as a signal of {@code type} (backtrader's {@code signal_add}). */
    public final void signalAdd(SignalType type, LineSeries signal) {
        signals.computeIfAbsent(Objects.requireNonNull(type, "type"), k -> new ArrayList<>())
            .add(Objects.requireNonNull(signal, "signal").line(0));
    }

    /**
     * A signal built by {@code factory} right after {@code init()} (backtrader's
     * {@code params.signals}, what {@code Cerebro.addSignal} fills); call before the run.
     */
    public final SignalStrategy addSignal(SignalType type, Function<? super SignalStrategy, ? extends LineSeries> factory) {
        pending.add(new Pending(Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory")));
        return this;
    }

    /** backtrader's {@code _accumulate}: enter again while already in the market. */
    public final SignalStrategy accumulate(boolean on) {
        accumulate = on;
        return this;
    }

    /** backtrader's {@code _concurrent}: issue orders while the last one is still alive. */
    public final SignalStrategy concurrent(boolean on) {
        concurrent = on;
        return this;
    }

    /** The data the signals trade (backtrader's {@code _data}; default the first data). */
    public final SignalStrategy target(DataFeed data) {
        target = data;
        return this;
    }

    @Override
    void afterInit() {
        for (Pending p : pending) {
            signalAdd(p.type(), p.factory().apply(this));
        }
        longExit = has(SignalType.LONGEXIT);
        shortExit = has(SignalType.SHORTEXIT);
        if (target == null) {
            target = data();
        }
    }

    /** The signal logic, then {@link #nextCustom()}. */
    @Override
    protected final void next() {
        nextSignal();
        nextCustom();
    }

    /** The strategy's own per-bar step, after the signals acted (backtrader's {@code next} of a SignalStrategy). */
    protected void nextCustom() {
    }

    private boolean has(SignalType t) {
        List<Line> l = signals.get(t);
        return l != null && !l.isEmpty();
    }

    /** backtrader's {@code all(test(x[0]) for x in sigs[t] or [[0.0]])}. */
    private boolean all(SignalType t, int test) {
        List<Line> l = signals.get(t);
        if (l == null || l.isEmpty()) {
            return passes(0.0, test);
        }
        for (Line s : l) {
            if (!passes(s.get(0), test)) {
                return false;
            }
        }
        return true;
    }

    /** {@code test}: 1 is {@code > 0}, -1 is {@code < 0}, 0 is Python truth (non-zero, NaN true). */
    private static boolean passes(double v, int test) {
        return test > 0 ? v > 0.0 : test < 0 ? v < 0.0 : v != 0.0;
    }

    /** A market order of the sizer's stake in the target data. */
    private Order enter(boolean isBuy) {
        org.bt4j.order.OrderArgs a = org.bt4j.order.OrderArgs.of().data(target);
        return isBuy ? buy(a) : sell(a);
    }

    private void nextSignal() {
        if (sentinel != null && !sentinel.isAlive()) {
            sentinel = null;
        }
        if (sentinel != null && !concurrent) {
            return;
        }
        boolean lsLong = all(SignalType.LONGSHORT, 1);
        boolean lsShort = all(SignalType.LONGSHORT, -1);
        boolean lEnter = all(SignalType.LONG, 1) || all(SignalType.LONG_INV, -1) || all(SignalType.LONG_ANY, 0);
        boolean sEnter = all(SignalType.SHORT, -1) || all(SignalType.SHORT_INV, 1) || all(SignalType.SHORT_ANY, 0);
        boolean lExit = all(SignalType.LONGEXIT, -1) || all(SignalType.LONGEXIT_INV, 1) || all(SignalType.LONGEXIT_ANY, 0);
        boolean sExit = all(SignalType.SHORTEXIT, 1) || all(SignalType.SHORTEXIT_INV, -1) || all(SignalType.SHORTEXIT_ANY, 0);
        boolean lRev = !longExit && sEnter;
        boolean sRev = !shortExit && lEnter;
        boolean lLeave = !longExit
            && (all(SignalType.LONG, -1) || all(SignalType.LONG_INV, 1) || all(SignalType.LONG_ANY, 0));
        boolean sLeave = !shortExit
            && (all(SignalType.SHORT, 1) || all(SignalType.SHORT_INV, -1) || all(SignalType.SHORT_ANY, 0));
        double size = position(target).size();
        if (size == 0) {
            if (lsLong || lEnter) {
                sentinel = enter(true);
            } else if (lsShort || sEnter) {
                sentinel = enter(false);
            }
        } else if (size > 0) {
            if (lsShort || lExit || lRev || lLeave) {
                closePosition(target);
            }
            if (lsShort || lRev) {
                sentinel = enter(false);
            }
            if ((lsLong || lEnter) && accumulate) {
                sentinel = enter(true);
            }
        } else {
            if (lsLong || sExit || sRev || sLeave) {
                closePosition(target);
            }
            if (lsLong || sRev) {
                sentinel = enter(true);
            }
            if ((lsShort || sEnter) && accumulate) {
                sentinel = enter(false);
            }
        }
    }
}
