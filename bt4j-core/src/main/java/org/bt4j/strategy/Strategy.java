package org.bt4j.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Broker;
import org.bt4j.broker.Position;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.indicator.Indicators;
import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;
import org.bt4j.order.OrderStatus;
import org.bt4j.sizer.FixedSize;
import org.bt4j.sizer.Sizer;
import org.bt4j.util.Overrides;

/**
 * Base class of every trading strategy: backtrader's {@code Strategy} in Java form.
 *
 * <p>Declare indicators in {@link #init()} (the engine records them, in creation order), trade in
 * {@link #next()}. Warm-up follows backtrader: {@link #prenext()} while any data has fewer bars
 * than its indicators need, {@link #nextStart()} once, then {@link #next()}. Before each of those
 * calls the strategy receives its order and trade notifications, then {@link #notifyCashValue}
 * and {@link #notifyFund}. Orders created in {@code next()} of bar t are matched from bar t+1.
 * Parameters are {@link Param}-annotated fields.
 *
 * <p>Printing as a backtrader script prints: Python's {@code '%.2f' % x} rounds half-even on the
 * binary value, which {@link String#format} does not; {@link org.bt4j.util.PyFormat#format}
 * prints what Python prints, so backtrader's {@code log()} idiom reads
 * {@code System.out.println(PyFormat.format("%s, Close, %.2f", data().date(0), close().get(0)))}.
 *
 * <p>Engine thread only: a strategy is driven by one engine, and live events reach it through
 * the engine's queue, never from another thread.
 */
public abstract class Strategy implements OrderOwner, Indicators {

    List<DataFeed> datas = List.of();
    DataFeed data0;
    Broker broker;
    Sizer sizer;
    List<Indicator> indicators = List.of();
    final List<Analyzer> analyzers = new ArrayList<>();
    final Map<String, Analyzer> analyzersByName = new java.util.LinkedHashMap<>();
    RunSettings settings;
    List<org.bt4j.observer.Observer> observers = List.of();
    int len;
    long datetime = Long.MIN_VALUE;
    int minPerStatus = Integer.MAX_VALUE;
    TradeRefs tradeRefs;
    /** What {@link #runstop()} does: set by the engine that runs this strategy. */
    Runnable runstop = () -> { };
    String name = getClass().getSimpleName();

    final List<Timer> timers = new ArrayList<>();
    /** Whether this strategy's class overrides the per-bar cash/value and fund notifications. */
    final boolean wantsCashValue = overrides("notifyCashValue", double.class, double.class);
    final boolean wantsFund = overrides("notifyFund", double.class, double.class, double.class, double.class);
    /** The analyzers that take the per-bar cash/value or fund notification (set up by the runner). */
    Analyzer[] fundAnalyzers = new Analyzer[0];
    final ArrayList<Order> ordersPending = new ArrayList<>();
    final ArrayList<Trade> tradesPending = new ArrayList<>();
    /** Every order created, or with {@link #retainHistory} off only those still alive. */
    private final ArrayList<Order> orders = new ArrayList<>();
    /** Every trade, or with {@link #retainHistory} off only those still open. */
    private final ArrayList<Trade> trades = new ArrayList<>();
    /** Whether finished orders and closed trades stay in {@link #orders} and {@link #trades}. */
    boolean retainHistory = true;
    private int completedOrders;
    private int closedTrades;
    private final Map<DataFeed, Map<Integer, Trade>> openTrades = new IdentityHashMap<>();
    /**
     * The last (data, trade id) booked and its current trade: most fills hit the same one, so its
     * current trade lives here and is written to {@link #openTrades} only when another key is booked.
     */
    private DataFeed lastTradeData;
    private int lastTradeId;
    private Map<Integer, Trade> lastById;
    private Trade lastTrade;

    /** Source of run-wide trade references (backtrader's process-wide counter, reset per run). */
    interface TradeRefs {
        int next();
    }

    // ---- lifecycle hooks ------------------------------------------------------------------

    /** Declares indicators (backtrader's {@code __init__}); datas and broker are available. */
    protected void init() {
    }

    /** Called once before the first bar. */
    protected void start() {
    }

    /** Called once after the last bar. */
    protected void stop() {
    }

    /** A bar during warm-up. */
    protected void prenext() {
    }

    /** The first bar after warm-up; calls {@link #next()} by default. */
    protected void nextStart() {
        next();
    }

    /** A bar after warm-up: the place to trade. */
    protected void next() {
    }

    /** Cheat-on-open: the data shows the new bar, indicators and the strategy still the old one. */
    protected void prenextOpen() {
    }

    /** Cheat-on-open counterpart of {@link #nextStart()}; calls {@link #nextOpen()} by default. */
    protected void nextStartOpen() {
        nextOpen();
    }

    /** Cheat-on-open counterpart of {@link #next()}. */
    protected void nextOpen() {
    }

    /** An order changed status or filled (a snapshot; fills since the last one in {@code executed().pending()}). */
    protected void notifyOrder(Order order) {
    }

    /** A trade opened or closed (a snapshot). */
    protected void notifyTrade(Trade trade) {
    }

    /** Cash and value, every bar cycle before {@code next}. */
    protected void notifyCashValue(double cash, double value) {
    }

    /** Cash, value, fund value and fund shares, every bar cycle before {@code next}. */
    protected void notifyFund(double cash, double value, double fundValue, double shares) {
    }

    /**
     * A data feed changed status (backtrader's {@code notify_data}; live feeds: CONNECTED, DELAYED,
     * LIVE, ...). {@code data} is the feed that reported it. Engine thread.
     */
    protected void notifyData(DataFeed data, DataStatus status) {
    }

    /**
     * A notification from a store (backtrader's {@code notify_store}; for IB: TWS errors and
     * notices with their codes, see {@link org.bt4j.feed.StoreNotice}). Engine thread.
     */
    protected void notifyStore(org.bt4j.feed.StoreNotice notice) {
    }

    /**
     * Stops the run after the current bar cycle (backtrader's {@code self.env.runstop()}): a
     * backtest ends there, a live session ends cleanly (its strategies' and analyzers'
     * {@code stop()} run, its files are complete). Engine thread.
     */
    protected final void runstop() {
        runstop.run();
    }

    /** A timer fired; {@code whenNanos} is its scheduled time. */
    protected void notifyTimer(Timer timer, long whenNanos) {
    }

    // ---- timers -------------------------------------------------------------------------------

    /**
     * Adds a timer notifying this strategy's {@link #notifyTimer} (backtrader's strategy-level
     * {@code add_timer}); call from {@link #init()} or {@link #start()}.
     */
    public final Timer addTimer(Timer timer) {
        java.util.Objects.requireNonNull(timer, "timer").owner(this);
        timers.add(timer);
        return timer;
    }

    // ---- data access ------------------------------------------------------------------------

    /** Every data of the run, in the order added. */
    public final List<DataFeed> datas() {
        return datas;
    }

    /** The first data (backtrader's {@code self.data}). */
    public final DataFeed data() {
        if (data0 == null) {
            throw new IllegalStateException("the strategy has no data yet (datas are bound before init())");
        }
        return data0;
    }

    /** Data number {@code i}. */
    public final DataFeed data(int i) {
        return datas.get(i);
    }

    /** The data called {@code name}; the error lists the names. */
    public final DataFeed data(String dataName) {
        List<String> names = new ArrayList<>();
        for (DataFeed d : datas) {
            if (d.name().equals(dataName)) {
                return d;
            }
            names.add(d.name());
        }
        throw new IllegalArgumentException("no data called '" + dataName + "'; datas: " + names);
    }

    /** Close line of the first data. */
    public final Line close() {
        return data().close();
    }

    /** Open line of the first data. */
    public final Line open() {
        return data().open();
    }

    /** High line of the first data. */
    public final Line high() {
        return data().high();
    }

    /** Low line of the first data. */
    public final Line low() {
        return data().low();
    }

    /** Volume line of the first data. */
    public final Line volume() {
        return data().volume();
    }

    /**
     * backtrader's {@code self.data.close[ago]}: the first data's close {@code ago} bars back
     * ({@code 0} the current bar, {@code -1} the one before). Other datas: {@code data(1).close(-1)}.
     */
    public final double close(int ago) {
        return data().close(ago);
    }

    /** backtrader's {@code self.data.open[ago]} (the first data). */
    public final double open(int ago) {
        return data().open(ago);
    }

    /** backtrader's {@code self.data.high[ago]} (the first data). */
    public final double high(int ago) {
        return data().high(ago);
    }

    /** backtrader's {@code self.data.low[ago]} (the first data). */
    public final double low(int ago) {
        return data().low(ago);
    }

    /** backtrader's {@code self.data.volume[ago]} (the first data). */
    public final double volume(int ago) {
        return data().volume(ago);
    }

    /** Bars this strategy has processed (backtrader's {@code len(self)}). */
    public final int len() {
        return len;
    }

    /** Time of the current bar: the latest bar time among the datas, epoch nanoseconds. */
    public final long datetime() {
        return datetime;
    }

    /** The strategy's name (its class name unless the engine registered another). */
    public final String name() {
        return name;
    }

    // ---- indicator helpers ----------------------------------------------------------------

    /** Line 0 of an indicator. */
    protected static Line line(Indicator ind) {
        return ind.line(0);
    }

    // ---- broker access ----------------------------------------------------------------------

    /** The broker of the run. */
    public final Broker broker() {
        return broker;
    }

    /** Position in the first data. */
    public final Position position() {
        return broker.getPosition(data());
    }

    /** Position in {@code data}. */
    public final Position position(DataFeed data) {
        return broker.getPosition(data);
    }

    /** The sizer used when an order has no size. */
    public final Sizer getSizer() {
        return sizer;
    }

    /** Replaces the sizer (bound to this strategy's broker when the run starts or now). */
    public final void setSizer(Sizer s) {
        this.sizer = java.util.Objects.requireNonNull(s, "sizer");
        if (broker != null) {
            s.bind(broker);
        }
    }

    /** Size the sizer proposes for an order in {@code data}. */
    public final double getSizing(DataFeed data, boolean isBuy) {
        return sizer.getSizing(data, isBuy);
    }

    // ---- orders -----------------------------------------------------------------------------

    /** Buys the sizer's size of the first data at market; null when the size is 0. */
    public final Order buy() {
        return buy(OrderArgs.of());
    }

    /** Buys {@code size} of the first data at market. */
    public final Order buy(double size) {
        return buy(OrderArgs.of().size(size));
    }

    /** Buys with the given arguments; null when the size is 0 (backtrader returns None). */
    public final Order buy(OrderArgs args) {
        return place(true, args);
    }

    /** Sells the sizer's size of the first data at market. */
    public final Order sell() {
        return sell(OrderArgs.of());
    }

    /** Sells {@code size} of the first data at market. */
    public final Order sell(double size) {
        return sell(OrderArgs.of().size(size));
    }

    /** Sells with the given arguments; null when the size is 0. */
    public final Order sell(OrderArgs args) {
        return place(false, args);
    }

    private Order place(boolean isBuy, OrderArgs args) {
        DataFeed d = args.data() != null ? args.data() : data();
        double size = Double.isNaN(args.size()) ? sizer.getSizing(d, isBuy) : args.size();
        size = Math.abs(size);
        if (size == 0) {
            return null;
        }
        Order o = isBuy ? broker.buy(this, d, size, args) : broker.sell(this, d, size, args);
        orders.add(o);
        return o;
    }

    /** Closes the position in the first data with a market order; null when flat. */
    public final Order close(OrderArgs args) {
        return close(args, false);
    }

    /** {@link #close(OrderArgs)}; {@code own}: the arguments were made here and may be changed. */
    private Order close(OrderArgs args, boolean own) {
        DataFeed d = args.data() != null ? args.data() : data();
        double possize = broker.getPosition(d).size();
        double size = Math.abs(Double.isNaN(args.size()) ? possize : args.size());
        if (possize > 0) {
            return sell((own ? args : args.copy()).data(d).size(size));
        } else if (possize < 0) {
            return buy((own ? args : args.copy()).data(d).size(size));
        }
        return null;
    }

    /** Closes the position in the first data (backtrader's {@code self.close()}). */
    public final Order closePosition() {
        return close(OrderArgs.of(), true);
    }

    /** Closes the position in {@code data}. */
    public final Order closePosition(DataFeed data) {
        return close(OrderArgs.of().data(data), true);
    }

    /** Cancels a pending order; false when it could not be (backtrader's same-bar rule applies). */
    public final boolean cancel(Order order) {
        return broker.cancel(order);
    }

    /** Buys or sells the difference to reach {@code target} units in the first data. */
    public final Order orderTargetSize(double target) {
        return orderTargetSize(OrderArgs.of(), target);
    }

    /** Buys or sells the difference to reach {@code target} units; closes when the target is 0. */
    public final Order orderTargetSize(OrderArgs args, double target) {
        DataFeed d = args.data() != null ? args.data() : data();
        double possize = broker.getPosition(d).size();
        if (target == 0 && possize != 0) {
            return close(args.copy().data(d).size(possize));
        } else if (target > possize) {
            return buy(args.copy().data(d).size(target - possize));
        } else if (target < possize) {
            return sell(args.copy().data(d).size(possize - target));
        }
        return null;
    }

    /** Trades the first data towards a position value of {@code target}. */
    public final Order orderTargetValue(double target) {
        return orderTargetValue(OrderArgs.of(), target);
    }

    /**
     * Trades towards a position value of {@code target}: the difference to the data's current
     * position value is converted to a size at {@code args.price()} (default: the close).
     */
    public final Order orderTargetValue(OrderArgs args, double target) {
        DataFeed d = args.data() != null ? args.data() : data();
        double possize = broker.getPosition(d).size();
        if (target == 0 && possize != 0) {
            return close(args.copy().data(d).size(possize));
        }
        double value = broker.getValue(d);
        var ci = broker.getCommissionInfo(d);
        double price = Double.isNaN(args.price()) ? d.close(0) : args.price();
        if (target > value) {
            double size = ci.getSize(price, target - value);
            return buy(args.copy().data(d).size(size).price(price));
        } else if (target < value) {
            double size = ci.getSize(price, value - target);
            return sell(args.copy().data(d).size(size).price(price));
        }
        return null;
    }

    /** Trades the first data towards {@code target} (a fraction) of the portfolio value. */
    public final Order orderTargetPercent(double target) {
        return orderTargetPercent(OrderArgs.of(), target);
    }

    /** Trades towards {@code target} x the portfolio value (0.5 = half of it). */
    public final Order orderTargetPercent(OrderArgs args, double target) {
        return orderTargetValue(args, target * broker.getValue());
    }

    /** A bracket buy: main order plus protective sell stop and sell limit; sides may be null. */
    public final Order[] buyBracket(BracketArgs b) {
        return bracket(true, b);
    }

    /** A bracket sell: main order plus protective buy stop and buy limit; sides may be null. */
    public final Order[] sellBracket(BracketArgs b) {
        return bracket(false, b);
    }

    private Order[] bracket(boolean isBuy, BracketArgs b) {
        OrderArgs m = b.main.copy().transmit(b.limitExec == null && b.stopExec == null);
        Order main = isBuy ? buy(m) : sell(m);
        if (main == null) {
            return new Order[3];
        }
        double size = Math.abs(main.size());
        Order stop = b.stopExec == null ? null
            : side(!isBuy, main, m, b.stopPrice, b.stopExec, b.stopArgs, b.limitExec == null, size);
        Order limit = b.limitExec == null ? null : side(!isBuy, main, m, b.limitPrice, b.limitExec, b.limitArgs, true, size);
        return new Order[] {main, stop, limit};
    }

    /** One protective side of a bracket: backtrader's defaults, then the side's own arguments. */
    private Order side(boolean isBuy, Order main, OrderArgs m, double price, ExecType exec,
                       java.util.function.Consumer<OrderArgs> own, boolean transmit, double size) {
        OrderArgs a = OrderArgs.of().data(main.data()).price(price).exectype(exec).valid(m.valid()).tradeId(m.tradeId());
        own.accept(a);
        a.parent(main).transmit(transmit).size(size);
        return isBuy ? buy(a) : sell(a);
    }

    /**
     * Every order this strategy created, in creation (ref) order. In a run that does not retain
     * its history (by default one with {@code exactbars >= 1}, see {@code Cerebro.retainHistory})
     * only the orders still alive (created, submitted, accepted or partially filled): finished
     * ones are dropped once their final notification was delivered, so memory stays flat.
     */
    public final List<Order> orders() {
        return Collections.unmodifiableList(orders);
    }

    /**
     * Every trade of this strategy, open and closed, in ref order. In a run that does not retain
     * its history only the trades still open: a closed trade is dropped once its closing
     * notification was delivered.
     */
    public final List<Trade> trades() {
        return Collections.unmodifiableList(trades);
    }

    /**
     * Orders of this strategy whose completion (status Completed) was notified so far, whether
     * or not {@link #orders()} still lists them.
     */
    public final int completedOrderCount() {
        return completedOrders;
    }

    /** Trades of this strategy that closed so far, whether or not {@link #trades()} still lists them. */
    public final int closedTradeCount() {
        return closedTrades;
    }

    /**
     * Every indicator created in {@link #init()}, sub-indicators included, in creation order
     * (see {@link Indicator#isNested()} for the ones the strategy declared itself).
     */
    public final List<Indicator> indicators() {
        return indicators;
    }

    /** The observers recording this strategy's run (the default set first, unless switched off). */
    public final List<org.bt4j.observer.Observer> observers() {
        return observers;
    }

    /**
     * The analyzer added under {@code name} (backtrader's {@code strat.analyzers.sharpe}); the
     * error lists the names.
     */
    public final Analyzer analyzer(String analyzerName) {
        Analyzer a = analyzersByName.get(analyzerName);
        if (a == null) {
            throw new IllegalArgumentException("no analyzer called '" + analyzerName + "'; analyzers: "
                + analyzersByName.keySet());
        }
        return a;
    }

    /** {@link #analyzer(String)} as its class: {@code analyzer("sharpe", SharpeRatio.class).getAnalysis()}. */
    public final <A extends Analyzer> A analyzer(String analyzerName, Class<A> type) {
        Analyzer a = analyzer(analyzerName);
        if (!type.isInstance(a)) {
            throw new IllegalArgumentException("analyzer '" + analyzerName + "' is a " + a.getClass().getSimpleName()
                + ", not a " + type.getSimpleName());
        }
        return type.cast(a);
    }

    /** The engine's settings (backtrader's {@code self.cerebro.p}); available from {@code init()} on. */
    public final RunSettings settings() {
        if (settings == null) {
            throw new IllegalStateException("the engine's settings are bound before init()");
        }
        return settings;
    }

    /** The analyzers attached to this strategy. */
    public final List<Analyzer> analyzers() {
        return Collections.unmodifiableList(analyzers);
    }

    // ---- notifications (engine thread) ------------------------------------------------------

    /**
     * Receives an order snapshot from the broker (engine use): queues it for
     * {@link #notifyOrder} and books its new fills into trades.
     */
    @Override
    public final void addNotification(Order o) {
        ordersPending.add(o);
        if (!o.isAlive()) {
            finished(o);
        }
        if (o.executed().size() == 0) {
            return;
        }
        DataFeed d = o.data();
        int tid = o.tradeId();
        Map<Integer, Trade> byId;
        Trade trade;
        if (d == lastTradeData && tid == lastTradeId) {
            byId = lastById;
            trade = lastTrade;
        } else {
            if (lastTradeData != null) {
                lastById.put(lastTradeId, lastTrade); // write back the cached key's current trade
            }
            byId = openTrades.computeIfAbsent(d, k -> new HashMap<>());
            trade = byId.get(tid);
            lastTradeData = d;
            lastTradeId = tid;
            lastById = byId;
            lastTrade = trade;
        }
        if (trade == null) {
            trade = newTrade(d, tid, byId);
        }
        var ci = broker.getCommissionInfo(d);
        var executed = o.executed();
        for (int k = 0, n = executed.pendingCount(); k < n; k++) {
            var bit = executed.pendingBit(k);
            if (bit.closed() != 0) {
                trade.update(bit.closed(), bit.price(), bit.closedComm(), ci);
                if (trade.isClosed()) {
                    closed(trade);
                }
            }
            if (bit.opened() != 0) {
                if (trade.isClosed()) {
                    trade = newTrade(d, o.tradeId(), byId);
                }
                trade.update(bit.opened(), bit.price(), bit.openedComm(), ci);
                if (trade.isClosed()) {
                    closed(trade);
                }
            }
            if (trade.justOpened()) {
                tradesPending.add(trade.snapshot());
            }
        }
    }

    /** An order of this strategy reached a final status ({@code o} is its snapshot): counts a completion. */
    private void finished(Order o) {
        if (o.status() == OrderStatus.Completed) {
            completedOrders++;
        }
    }

    /** {@code trade} just closed: queues a snapshot for notification and counts it. */
    private void closed(Trade trade) {
        tradesPending.add(trade.snapshot());
        closedTrades++;
    }

    /**
     * Without history, forgets a finished order once its final notification was delivered (so a
     * listener still finds it in {@link #orders} until then, also when the run ends first).
     */
    private void forgetDelivered(Order o) {
        if (retainHistory || o.isAlive()) {
            return;
        }
        int ref = o.ref();
        for (int i = orders.size() - 1; i >= 0; i--) {
            if (orders.get(i).ref() == ref) {
                orders.remove(i);
                return;
            }
        }
    }

    /** Without history, forgets a closed trade once its closing notification was delivered. */
    private void forgetDelivered(Trade t) {
        if (retainHistory || !t.isClosed()) {
            return;
        }
        for (int i = trades.size() - 1; i >= 0; i--) {
            if (trades.get(i).ref() == t.ref() && trades.get(i).isClosed()) {
                trades.remove(i);
                return;
            }
        }
    }

    private Trade newTrade(DataFeed d, int tradeId, Map<Integer, Trade> byId) {
        Trade t = new Trade(tradeRefs.next(), d, tradeId);
        trades.add(t);
        if (d == lastTradeData && tradeId == lastTradeId) {
            lastTrade = t; // the map gets it when another key is booked
        } else {
            byId.put(tradeId, t);
        }
        return t;
    }

    /** Whether this strategy or one of its analyzers takes cash, value and the fund on every bar. */
    boolean listensToBroker() {
        return wantsCashValue || wantsFund || fundAnalyzers.length > 0;
    }

    void deliverNotifications() {
        int n = ordersPending.size();
        if (n > 0) { // most bars bring none: no clear (a store) then
            for (int i = 0; i < n; i++) {
                Order o = ordersPending.get(i);
                notifyOrder(o);
                for (int a = 0; a < analyzers.size(); a++) {
                    analyzers.get(a).notifyOrder(o);
                }
                broker.notified(o);
                forgetDelivered(o);
            }
            ordersPending.clear();
        }
        n = tradesPending.size();
        if (n > 0) {
            for (int i = 0; i < n; i++) {
                Trade t = tradesPending.get(i);
                notifyTrade(t);
                for (int a = 0; a < analyzers.size(); a++) {
                    analyzers.get(a).notifyTrade(t);
                }
                forgetDelivered(t);
            }
            tradesPending.clear();
        }
        if (!listensToBroker()) {
            return; // nobody listens: skip the broker queries (they have no side effects)
        }
        Analyzer[] listeners = fundAnalyzers;
        double cash = broker.getCash();
        double value = broker.getValue();
        double fundValue = broker.fundValue();
        double shares = broker.fundShares();
        if (wantsCashValue) {
            notifyCashValue(cash, value);
        }
        if (wantsFund) {
            notifyFund(cash, value, fundValue, shares);
        }
        for (Analyzer an : listeners) {
            an.notifyCashValue(cash, value);
            an.notifyFund(cash, value, fundValue, shares);
        }
    }

    void deliverData(DataFeed d, DataStatus status) {
        notifyData(d, status);
    }

    void deliverStore(org.bt4j.feed.StoreNotice notice) {
        notifyStore(notice);
    }

    void deliverTimer(Timer timer, long when) {
        notifyTimer(timer, when);
    }

    void callInit() {
        init();
        afterInit();
    }

    /** Set-up after {@code init()}, still collecting indicators (a {@link SignalStrategy} builds its signals). */
    void afterInit() {
    }

    void callStart() {
        start();
    }

    void callStop() {
        stop();
    }

    void callPrenext() {
        prenext();
    }

    void callNextStart() {
        nextStart();
    }

    void callNext() {
        next();
    }

    void callPrenextOpen() {
        prenextOpen();
    }

    void callNextStartOpen() {
        nextStartOpen();
    }

    void callNextOpen() {
        nextOpen();
    }

    /** Whether a subclass declares {@code name(params)}, overriding the base class's no-op. */
    private boolean overrides(String method, Class<?>... params) {
        return Overrides.declares(getClass(), Strategy.class, method, params);
    }

    /** Default sizer: backtrader's FixedSize with stake 1. */
    static Sizer defaultSizer() {
        return new FixedSize();
    }

    @Override
    public String toString() {
        return name + ParamBinder.values(this);
    }
}
