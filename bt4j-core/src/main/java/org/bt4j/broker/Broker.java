package org.bt4j.broker;

import java.util.List;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;

/**
 * The seam between strategies and a venue: the simulated {@link BackBroker} or a live broker
 * (IB). Orders are created through it, status changes and fills come back as snapshots through
 * {@link #nextNotification()}, and it answers cash, value and positions. The engine calls every
 * method on its single engine thread; a live implementation hands events from its socket thread
 * to the engine through the engine's event queue, never directly.
 */
public interface Broker {

    /** Called once before the first bar with every data of the run; resets the order refs to 1. */
    void start(List<DataFeed> datas);

    /** Called once after the last bar. */
    default void stop() {
    }

    /** Creates and submits a buy order of unsigned {@code size} for {@code data}. */
    Order buy(OrderOwner owner, DataFeed data, double size, OrderArgs args);

    /** Creates and submits a sell order of unsigned {@code size} for {@code data}. */
    Order sell(OrderOwner owner, DataFeed data, double size, OrderArgs args);

    /** Cancels a pending order; false when it was not pending (for example still Submitted). */
    boolean cancel(Order order);

    /** The broker step of one bar cycle (accept, expire, match, mark to market, value). */
    void next();

    /**
     * When a live broker's {@link #next()} next has something to do on its own (a fill whose
     * commission report is overdue ...), on the engine clock; Long.MAX_VALUE when only an event
     * can change anything (the default). The live loop parks no longer than this.
     */
    default long nextDueNanos() {
        return Long.MAX_VALUE;
    }

    /** The next queued order snapshot, or null when none. */
    Order nextNotification();

    /**
     * The engine tells the broker that the strategy's {@code notifyOrder} (and its analyzers') for
     * {@code snapshot}, one of {@link #nextNotification()}'s, has returned, in the same engine step:
     * a journaling live broker marks the fill it carries as delivered then. Nothing by default.
     */
    default void notified(Order snapshot) {
    }

    /** Current cash. */
    double getCash();

    /** Total portfolio value (cash plus positions) as of the last broker step. */
    double getValue();

    /** Value of the position in {@code data} only, at its current close. */
    double getValue(DataFeed data);

    /** The position in {@code data} (flat when never traded). */
    Position getPosition(DataFeed data);

    /** The commission scheme that applies to {@code data}. */
    CommInfo getCommissionInfo(DataFeed data);

    /** Orders still pending (not yet filled, canceled or expired). */
    List<Order> openOrders();

    /** Net asset value per fund share (fund mode). */
    double fundValue();

    /** Number of fund shares (fund mode). */
    double fundShares();

    /** Whether analyzers should measure returns on the fund value. */
    default boolean fundMode() {
        return false;
    }

    /** Switches cheat-on-open fills (Market orders at the open of the bar they were created on). */
    default void setCoo(boolean coo) {
    }
    // ---- backtrader's broker settings (cerebro.broker.setcash(...) and friends) -------------
    // The simulated BackBroker implements them; a live broker takes cash, commissions and fills
    // from its venue and refuses them with one sentence.

    /** Sets the starting cash (backtrader's {@code setcash}); before the run. */
    default Broker setCash(double cash) {
        throw notSimulated("setCash");
    }

    /**
     * Sets the starting cash to a whole amount (backtrader's {@code setcash} given a Python int):
     * as {@link #setCash(double)}, and {@link #startingCashAsGiven()} keeps it whole, so a writer
     * prints it as backtrader prints an int ({@code 100000}, not {@code 100000.0}).
     */
    default Broker setCash(long cash) {
        return setCash((double) cash);
    }

    /** Deposits (or with a negative amount withdraws) cash at the next value update (backtrader's {@code add_cash}). */
    default void addCash(double cash) {
        throw notSimulated("addCash");
    }

    /** The cash the run started with (backtrader's {@code startingcash}). */
    default double startingCash() {
        throw notSimulated("startingCash");
    }

    /**
     * The starting cash as it was given: a {@code Long} when set by {@link #setCash(long)}, else
     * a {@code Double} (backtrader's {@code startingcash}, an int or a float). A live broker,
     * which takes no cash setting, answers its value when asked at the start of the run (as
     * backtrader's live brokers set {@code startingcash}).
     */
    default Number startingCashAsGiven() {
        return getValue();
    }

    /** Sets the commission scheme of every data without a named one. */
    default Broker setCommission(CommInfo scheme) {
        throw notSimulated("setCommission");
    }

    /**
     * backtrader's {@code setcommission(commission)}: a stock-like percentage commission, given
     * as a fraction (0.001 = 0.1 %) — the one meaning of a commission everywhere in bt4j.
     */
    default Broker setCommission(double commission) {
        return setCommission(CommInfo.setCommission(commission, Double.NaN, 1.0));
    }

    /**
     * backtrader's {@code setcommission(commission, margin, mult)}: with a margin (not NaN or 0)
     * futures-like with a fixed commission per contract, else stock-like with a fractional one.
     * The other arguments ({@code commtype}, {@code percabs}, {@code stocklike}, {@code interest},
     * {@code leverage}, ...) are on {@link CommInfo#builder()}.
     */
    default Broker setCommission(double commission, double margin, double mult) {
        return setCommission(CommInfo.setCommission(commission, margin, mult));
    }

    /** A commission scheme for the data called {@code name} (backtrader's {@code addcommissioninfo}). */
    default Broker addCommissionInfo(CommInfo scheme, String name) {
        throw notSimulated("addCommissionInfo");
    }

    /** Cheat-on-close (backtrader's {@code set_coc}): Market orders fill at their creation bar's close. */
    default Broker setCoc(boolean on) {
        throw notSimulated("setCoc");
    }

    /** Percentage slippage (0.001 = 0.1 %) with backtrader's {@code set_slippage_perc} defaults. */
    default Broker setSlippagePerc(double perc) {
        throw notSimulated("setSlippagePerc");
    }

    /** Fixed slippage in price points with backtrader's {@code set_slippage_fixed} defaults. */
    default Broker setSlippageFixed(double points) {
        throw notSimulated("setSlippageFixed");
    }

    /**
     * backtrader's {@code set_slippage_perc(perc, slip_open, slip_limit, slip_match, slip_out)}:
     * whether a fill at the next open slips, whether Limit orders slip, whether slippage is capped
     * at the bar's high/low (match), and whether an uncapped price outside the bar is used (out).
     */
    default Broker setSlippagePerc(double perc, boolean open, boolean limit, boolean match, boolean out) {
        throw notSimulated("setSlippagePerc");
    }

    /** backtrader's {@code set_slippage_fixed(fixed, slip_open, slip_limit, slip_match, slip_out)}. */
    default Broker setSlippageFixed(double points, boolean open, boolean limit, boolean match, boolean out) {
        throw notSimulated("setSlippageFixed");
    }

    /** The volume filler (backtrader's {@code set_filler}; null: every fill complete). */
    default Broker setFiller(Filler filler) {
        throw notSimulated("setFiller");
    }

    /** Whether orders are checked against cash when submitted (backtrader's {@code set_checksubmit}). */
    default Broker setCheckSubmit(boolean on) {
        throw notSimulated("setCheckSubmit");
    }

    /**
     * backtrader's {@code seteosbar}: accepted for compatibility; it has no effect, as in
     * backtrader 1.9.78 (whose only use of it is commented out): a Close order still fills on
     * the first bar past its session end.
     */
    default Broker setEosbar(boolean on) {
        throw notSimulated("setEosbar");
    }

    private UnsupportedOperationException notSimulated(String setting) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " takes " + setting
            + " from its venue; " + setting + " is a setting of the simulated BackBroker (the default broker of a backtest)");
    }
}
