package org.bt4j.strategy;

import org.bt4j.order.ExecType;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.Validity;

/**
 * The arguments of {@code buyBracket}/{@code sellBracket} (backtrader's {@code buy_bracket}):
 * the main order (a Limit by default), a stop side and a limit side. Setting a side's exectype to
 * null suppresses it. The stop and limit sides copy the main order's validity and trade id;
 * {@link #stopArgs}/{@link #limitArgs} change them per side (backtrader's {@code stopargs}/
 * {@code limitargs}): {@code stopArgs(a -> a.valid(Validity.gtc()))}. A fluent, mutable builder
 * used once; not thread-safe.
 */
public final class BracketArgs {

    final OrderArgs main = OrderArgs.of().exectype(ExecType.Limit);
    double stopPrice = Double.NaN;
    ExecType stopExec = ExecType.Stop;
    double limitPrice = Double.NaN;
    ExecType limitExec = ExecType.Limit;
    java.util.function.Consumer<OrderArgs> stopArgs = a -> { };
    java.util.function.Consumer<OrderArgs> limitArgs = a -> { };

    /** Fresh arguments: Limit entry, Stop and Limit exits. */
    public static BracketArgs of() {
        return new BracketArgs();
    }

    /** Unsigned size of all three orders (NaN asks the sizer). */
    public BracketArgs size(double s) {
        main.size(s);
        return this;
    }

    /** Price of the main order. */
    public BracketArgs price(double p) {
        main.price(p);
        return this;
    }

    /** Limit price of a StopLimit main order. */
    public BracketArgs plimit(double p) {
        main.plimit(p);
        return this;
    }

    /** Execution type of the main order (default Limit). */
    public BracketArgs exectype(ExecType t) {
        main.exectype(t);
        return this;
    }

    /** Validity of the main order, copied by the sides unless {@link #stopArgs}/{@link #limitArgs} set theirs. */
    public BracketArgs valid(Validity v) {
        main.valid(v);
        return this;
    }

    public BracketArgs tradeId(int id) {
        main.tradeId(id);
        return this;
    }

    public BracketArgs trailAmount(double a) {
        main.trailAmount(a);
        return this;
    }

    public BracketArgs trailPercent(double p) {
        main.trailPercent(p);
        return this;
    }

    /** Price of the protective stop side. */
    public BracketArgs stopPrice(double p) {
        stopPrice = p;
        return this;
    }

    /** Execution type of the stop side (default Stop; null suppresses it). */
    public BracketArgs stopExec(ExecType t) {
        stopExec = t;
        return this;
    }

    /** Price of the take-profit side. */
    public BracketArgs limitPrice(double p) {
        limitPrice = p;
        return this;
    }

    /** Execution type of the limit side (default Limit; null suppresses it). */
    public BracketArgs limitExec(ExecType t) {
        limitExec = t;
        return this;
    }

    /**
     * Changes the stop side's arguments (backtrader's {@code stopargs}): applied to them after
     * the defaults (data, stop price and exectype, the main order's validity and trade id); the
     * parent, size and transmit flag stay the bracket's.
     */
    public BracketArgs stopArgs(java.util.function.Consumer<OrderArgs> change) {
        stopArgs = java.util.Objects.requireNonNull(change, "change");
        return this;
    }

    /** Changes the limit side's arguments (backtrader's {@code limitargs}), as {@link #stopArgs}. */
    public BracketArgs limitArgs(java.util.function.Consumer<OrderArgs> change) {
        limitArgs = java.util.Objects.requireNonNull(change, "change");
        return this;
    }
}
