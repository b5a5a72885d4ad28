package org.bt4j.observer;

import java.util.Arrays;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Trade;
import org.bt4j.line.Line;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineSeries;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;
import org.bt4j.util.Overrides;

/**
 * Base of backtrader's observers: line series that record something about the run on every bar
 * of the strategy (cash and value, fills, closed trades, drawdown, returns), mainly for charts
 * and the CSV writer. They never change the run. The engine starts an observer with its
 * strategy, hands it the bar's order and trade notifications and cash/value, and steps it after
 * the strategy's {@code next} and the analyzers (backtrader's loop order); each step appends one
 * value to every line (NaN unless {@link #onNext()} sets it). An observer may own analyzers
 * (backtrader's "slave" analyzers) that receive the same notifications and are stepped with the
 * strategy's warm-up status just before the observer. Engine thread only.
 */
public abstract class Observer implements LineSeries {

    private final String[] names;
    private final LineBuffer[] lines;
    /** Owned analyzers; an array (empty for most observers) so the per-bar loops cost a length test. */
    private Analyzer[] analyzers = new Analyzer[0];
    /** The strategy observed (set at start). */
    protected Strategy strategy;

    /**
     * Whether {@link #onNext()} runs only on bars that brought this observer an order or trade
     * notification (observers whose lines are NaN on every other bar skip the call there).
     */
    private final boolean notificationsOnly;
    /** Whether an order or trade notification reached this observer since its last {@link #onNext()}. */
    private boolean notified;
    /** Whether the lines hold a NaN slot for every bar of the run already ({@link #presize}). */
    private boolean presized;
    /**
     * Whether this observer's class has an {@link #onOrder} / {@link #onTrade} of its own: the empty
     * default is not called (most observers take one kind of notification, and a notification would
     * otherwise make a virtual call on every observer).
     */
    private final boolean takesOrders = Overrides.declares(getClass(), Observer.class, "onOrder", Order.class);
    private final boolean takesTrades = Overrides.declares(getClass(), Observer.class, "onTrade", Trade.class);
    /**
     * Whether an order / a trade notification has anyone to tell here (owned analyzers, or an
     * {@link #onOrder} / {@link #onTrade}): if not, a notification is one store, small enough for
     * C1 (the one-shot JIT) to inline into the engine's loop instead of a call per observer.
     */
    private boolean hearsOrders = takesOrders;
    private boolean hearsTrades = takesTrades;

    /** An observer with lines called {@code names}, in backtrader's declared order. */
    protected Observer(String... names) {
        this(false, names);
    }

    /**
     * An observer with lines called {@code names}; with {@code notificationsOnly} its
     * {@link #onNext()} is called only on bars where {@link #onOrder} or {@link #onTrade} was
     * called (its lines keep the NaN appended by the step on every other bar).
     */
    protected Observer(boolean notificationsOnly, String... names) {
        this.notificationsOnly = notificationsOnly;
        if (names.length == 0) {
            throw new IllegalArgumentException("an observer needs at least one line");
        }
        this.names = names.clone();
        this.lines = new LineBuffer[names.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new LineBuffer(this);
        }
    }

    /** Adds an analyzer driven with this observer; returns it. Call in the constructor. */
    protected final <A extends Analyzer> A addAnalyzer(A analyzer) {
        Analyzer[] more = Arrays.copyOf(analyzers, analyzers.length + 1);
        more[analyzers.length] = analyzer;
        analyzers = more;
        hearsOrders = true;
        hearsTrades = true;
        return analyzer;
    }

    /** Output line {@code i} (writable on the current bar inside {@link #onNext()}). */
    protected final LineBuffer out(int i) {
        return lines[i];
    }

    // ---- driven by the engine -----------------------------------------------------------------

    /** Called once before the first bar. */
    public final void start(Strategy s) {
        this.strategy = s;
        onStart();
        for (Analyzer a : analyzers) {
            a.start(s);
        }
    }

    /** An order notification of this bar. */
    public final void notifyOrder(Order order) {
        notified = true;
        if (hearsOrders) {
            tellOrder(order);
        }
    }

    private void tellOrder(Order order) {
        for (Analyzer a : analyzers) {
            a.notifyOrder(order);
        }
        if (takesOrders) {
            onOrder(order);
        }
    }

    /** A trade notification of this bar. */
    public final void notifyTrade(Trade trade) {
        notified = true;
        if (hearsTrades) {
            tellTrade(trade);
        }
    }

    private void tellTrade(Trade trade) {
        for (Analyzer a : analyzers) {
            a.notifyTrade(trade);
        }
        if (takesTrades) {
            onTrade(trade);
        }
    }

    /**
     * Whether {@link #notifyFund} has anyone to tell (the observer owns analyzers); the engine
     * skips the broker queries for the bar when no observer does.
     */
    public final boolean wantsFund() {
        return analyzers.length > 0;
    }

    /** Cash, value, fund value and fund shares of this bar. */
    public final void notifyFund(double cash, double value, double fundValue, double shares) {
        for (Analyzer a : analyzers) {
            a.notifyCashValue(cash, value);
            a.notifyFund(cash, value, fundValue, shares);
        }
    }

    /**
     * One bar: steps the owned analyzers by the strategy's warm-up status (negative: next, zero:
     * nextstart, positive: prenext), appends a NaN slot to every line and records the bar (for a
     * notifications-only observer, only when a notification reached it).
     */
    public final void step(int minPerStatus) {
        for (Analyzer a : analyzers) {
            if (minPerStatus < 0) {
                a.next();
            } else if (minPerStatus == 0) {
                a.nextStart();
            } else {
                a.prenext();
            }
        }
        LineBuffer.forwardAll(lines, presized);
        record();
    }

    /**
     * Whether the engine may move this observer's lines together with the other observers' before
     * any of them records the bar ({@link #record()} instead of {@link #step}): it owns no analyzers
     * (they step before its lines move) and is one of bt4j's own, which read no other observer's
     * lines (a user's observer may read one that comes after it, and must see it not moved yet).
     */
    public final boolean movesJointly() {
        return analyzers.length == 0 && getClass().getPackage() == Observer.class.getPackage();
    }

    /**
     * Whether {@link #record()} records on a bar that brought this observer no notification (false
     * for a notifications-only observer: the engine may skip its record on such bars).
     */
    public final boolean recordsEveryBar() {
        return !notificationsOnly;
    }

    /**
     * One bar of an observer whose lines the engine has already moved onto it with
     * {@link LineBuffer#forwardAll}: records the bar (for a notifications-only observer, only when
     * a notification reached it). Only for an observer that {@link #movesJointly()}.
     */
    public final void record() {
        if (notified || !notificationsOnly) {
            notified = false;
            onNext();
        }
    }

    /** Called once after the last bar. */
    public final void stop() {
        for (Analyzer a : analyzers) {
            a.stop();
        }
    }

    /**
     * Engine use, before the first bar of a run that will have at least {@code bars} bars (a
     * preloaded run): makes every line hold {@code bars} NaN slots, so that a step only moves
     * the cursors over them (past the last one it appends again). Bounded lines are left as they are.
     */
    public final void presize(int bars) {
        if (lines[0].isBounded()) {
            return; // a ring (exactbars=1, or no history kept): steps append
        }
        for (LineBuffer l : lines) {
            l.presize(bars);
        }
        presized = true;
    }

    /** All line buffers (for the engine's bounded mode). */
    public final LineBuffer[] buffers() {
        return lines;
    }

    // ---- hooks --------------------------------------------------------------------------------

    /** Before the first bar (and before the owned analyzers start); the strategy, its datas and broker are available. */
    protected void onStart() {
    }

    /** An order notification of this bar (lines cannot be written yet: remember it). */
    protected void onOrder(Order order) {
    }

    /** A trade notification of this bar (lines cannot be written yet: remember it). */
    protected void onTrade(Trade trade) {
    }

    /** Records the bar: sets the lines' current values. */
    protected abstract void onNext();

    /**
     * backtrader's parameters of this observer ({@code p._getkwargs()}): name to value with
     * backtrader's names, order and defaults ({@code None} is null), as a writer's
     * {@code Params:} block prints them. Empty for an observer without parameters; null (the
     * default) when the class does not declare them, and a writer then leaves the block out.
     */
    public java.util.Map<String, Object> params() {
        return null;
    }

    /** backtrader's {@code plotinfo.plotname or __class__.__name__}: the name charts and a writer's CSV header show. */
    public String plotName() {
        return getClass().getSimpleName();
    }

    // ---- LineSeries ---------------------------------------------------------------------------

    @Override
    public final int lineCount() {
        return lines.length;
    }

    @Override
    public final Line line(int index) {
        return lines[index];
    }

    @Override
    public final String lineName(int index) {
        return names[index];
    }

    @Override
    public final int len() {
        return lines[0].len();
    }

    /** The observer's name as backtrader shows it (its class name unless overridden). */
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name() + java.util.Arrays.toString(names);
    }
}
