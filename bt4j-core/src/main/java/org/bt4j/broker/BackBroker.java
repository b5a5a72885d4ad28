package org.bt4j.broker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.ExecType;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;
import org.bt4j.order.OrderStatus;
import org.bt4j.order.SessionEnds;

/**
 * The simulated broker (backtrader's {@code BackBroker}), rule for rule: submission cash check
 * (Margin), FIFO matching of pending orders against each new bar with backtrader's fill prices
 * (gaps, intrabar touches, Close at the session end, StopLimit triggers, trailing stops),
 * validity, OCO groups, brackets (children active from the broker step after the parent
 * completed), slippage, volume fillers, cheat-on-close and cheat-on-open, stock-like and
 * futures-like accounting (shortcash, leverage, mark to market, credit interest) and fund mode.
 *
 * <p>Configure it before the run; during the run every method is called on the engine thread.
 * With no order pending and every position flat a broker step costs a handful of comparisons.
 */
public final class BackBroker implements Broker {

    private static final long NO_DT = Long.MIN_VALUE;

    // ---- parameters -----------------------------------------------------------------------
    private double startCash = 10000.0;
    /** Whether the starting cash was given as a whole number ({@link #setCash(long)}). */
    private boolean wholeCash;
    private boolean checkSubmit = true;
    private Filler filler;
    private double slipPerc;
    private double slipFixed;
    private boolean slipOpen;
    private boolean slipMatch = true;
    private boolean slipLimit = true;
    private boolean slipOut;
    private boolean coc;
    private boolean coo;
    private boolean int2pnl = true;
    private boolean shortCash = true;
    private double fundStartVal = 100.0;
    private boolean fundMode;
    private CommInfo defaultComm = CommInfo.defaultScheme();
    private final Map<String, CommInfo> commByName = new HashMap<>();

    // ---- run state ------------------------------------------------------------------------
    private double cash;
    private double value;
    private double valueMkt;
    private double valueLever;
    private double valueMktLever;
    private double unrealized;
    private boolean valued;
    /** Fund value per share; stale after a value update until someone asks ({@link #fundVal()}). */
    private double fundVal;
    private boolean fundValStale;
    private double fundShares;
    private int nextRef;

    private DataFeed[] datas = new DataFeed[0];
    private Position[] positions = new Position[0];
    private CommInfo[] comms = new CommInfo[0];
    private double[] dCredit = new double[0];
    private final Map<DataFeed, Integer> dataIndex = new IdentityHashMap<>();
    private DataFeed lastData;
    /** Whether any data trades futures-like (marked to market every bar). */
    private boolean anyFutures;
    /** Whether any data's commission scheme charges credit interest. */
    private boolean anyInterest;
    private int lastIndex;
    private SessionEnds[] sessionEnds = new SessionEnds[0];
    private Position[] pseudoPositions = new Position[0];
    private boolean[] pseudoTaken = new boolean[0];
    private final Position scratch = new Position();

    private final OrderQueue pending = new OrderQueue();
    private final ArrayDeque<Order> submitted = new ArrayDeque<>();
    private final ArrayDeque<Order> toActivate = new ArrayDeque<>();
    private final ArrayDeque<Order> notifs = new ArrayDeque<>();
    private final ArrayDeque<Double> cashAdditions = new ArrayDeque<>();
    private final Map<Integer, ArrayDeque<Order>> pchildren = new HashMap<>();
    private final Map<Integer, Integer> ocos = new HashMap<>();
    private final Map<Integer, List<Integer>> ocol = new HashMap<>();

    private boolean eosbar;

    /** A broker with backtrader's defaults: 10000 cash, no commission, checksubmit on. */
    public BackBroker() {
        resetState();
    }

    // ---- configuration (before the run) ------------------------------------------------------

    /** Sets the starting cash (backtrader's {@code setcash}). */
    @Override
    public BackBroker setCash(double c) {
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("cash must be a finite number >= 0, got " + c);
        }
        fundVal(); // keeps the fund value of the last update, which used the old value
        startCash = c;
        wholeCash = false;
        cash = c;
        value = c;
        return this;
    }

    /** Sets the starting cash to a whole amount, printed as a whole number by writers. */
    @Override
    public BackBroker setCash(long c) {
        setCash((double) c);
        wholeCash = true;
        return this;
    }

    /** Deposits (or with a negative amount withdraws) cash at the next value update. */
    @Override
    public void addCash(double c) {
        cashAdditions.add(c);
    }

    /** The default commission scheme, for every data without a named one. */
    @Override
    public BackBroker setCommission(CommInfo ci) {
        defaultComm = java.util.Objects.requireNonNull(ci, "commission");
        return this;
    }

    /** A commission scheme for the data called {@code name}. */
    @Override
    public BackBroker addCommissionInfo(CommInfo ci, String name) {
        commByName.put(name, java.util.Objects.requireNonNull(ci, "commission"));
        return this;
    }

    @Override
    public BackBroker setCheckSubmit(boolean b) {
        checkSubmit = b;
        return this;
    }

    /** Volume filler (null: every fill complete). */
    @Override
    public BackBroker setFiller(Filler f) {
        filler = f;
        return this;
    }

    /**
     * Percentage slippage (0.001 = 0.1%), backtrader's {@code set_slippage_perc} with its
     * setter defaults: slip_open, slip_limit and slip_match true, slip_out false.
     */
    @Override
    public BackBroker setSlippagePerc(double perc) {
        return setSlippagePerc(perc, true, true, true, false);
    }

    @Override
    public BackBroker setSlippagePerc(double perc, boolean open, boolean limit, boolean match, boolean out) {
        if (perc < 0) {
            throw new IllegalArgumentException("slippage percentage must be >= 0, got " + perc);
        }
        slipPerc = perc;
        slipFixed = 0.0;
        return slipFlags(open, limit, match, out);
    }

    /** Fixed slippage in price points, with backtrader's setter defaults. */
    @Override
    public BackBroker setSlippageFixed(double fixed) {
        return setSlippageFixed(fixed, true, true, true, false);
    }

    @Override
    public BackBroker setSlippageFixed(double fixed, boolean open, boolean limit, boolean match, boolean out) {
        if (fixed < 0) {
            throw new IllegalArgumentException("fixed slippage must be >= 0, got " + fixed);
        }
        slipPerc = 0.0;
        slipFixed = fixed;
        return slipFlags(open, limit, match, out);
    }

    private BackBroker slipFlags(boolean open, boolean limit, boolean match, boolean out) {
        slipOpen = open;
        slipLimit = limit;
        slipMatch = match;
        slipOut = out;
        return this;
    }

    /** Cheat-on-close: Market orders fill at the close of their creation bar. */
    @Override
    public BackBroker setEosbar(boolean on) {
        eosbar = on;
        return this;
    }

    /** The {@code eosbar} setting (no effect, see {@link Broker#setEosbar}). */
    public boolean eosbar() {
        return eosbar;
    }

    @Override
    public BackBroker setCoc(boolean b) {
        coc = b;
        return this;
    }

    @Override
    public void setCoo(boolean b) {
        coo = b;
    }

    public BackBroker setInt2Pnl(boolean b) {
        int2pnl = b;
        return this;
    }

    /** True: shorting stock adds cash and the position has negative value. */
    public BackBroker setShortCash(boolean b) {
        shortCash = b;
        return this;
    }

    public BackBroker setFundStartVal(double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException("fund start value must be > 0, got " + v);
        }
        fundStartVal = v;
        return this;
    }

    public BackBroker setFundMode(boolean b) {
        fundMode = b;
        return this;
    }

    // ---- lifecycle --------------------------------------------------------------------------

    private void resetState() {
        cash = startCash;
        value = cash;
        valueMkt = 0.0;
        valueLever = 0.0;
        valueMktLever = 0.0;
        unrealized = 0.0;
        valued = false;
        fundVal = fundStartVal;
        fundValStale = false;
        fundShares = startCash / fundVal;
        nextRef = 1;
        pending.clear();
        submitted.clear();
        toActivate.clear();
        notifs.clear();
        pchildren.clear();
        ocos.clear();
        ocol.clear();
    }

    @Override
    public void start(List<DataFeed> runDatas) {
        resetState();
        int n = runDatas.size();
        datas = runDatas.toArray(new DataFeed[0]);
        positions = new Position[n];
        pseudoPositions = new Position[n];
        pseudoTaken = new boolean[n];
        comms = new CommInfo[n];
        dCredit = new double[n];
        sessionEnds = new SessionEnds[n];
        anyFutures = false;
        anyInterest = false;
        dataIndex.clear();
        lastData = null;
        for (int i = 0; i < n; i++) {
            positions[i] = new Position();
            pseudoPositions[i] = new Position();
            comms[i] = commByName.getOrDefault(datas[i].name(), defaultComm);
            anyFutures |= !comms[i].isStockLike();
            anyInterest |= comms[i].chargesInterest();
            dataIndex.put(datas[i], i);
            sessionEnds[i] = new SessionEnds(datas[i]);
        }
    }

    private int indexOf(DataFeed data) {
        if (data == lastData) {
            return lastIndex;
        }
        Integer i = dataIndex.get(data);
        if (i == null) {
            throw new IllegalArgumentException("data '" + data.name() + "' is not part of this run");
        }
        lastData = data;
        lastIndex = i;
        return i;
    }

    // ---- order entry ------------------------------------------------------------------------

    @Override
    public Order buy(OrderOwner owner, DataFeed data, double size, OrderArgs args) {
        return create(true, owner, data, size, args);
    }

    @Override
    public Order sell(OrderOwner owner, DataFeed data, double size, OrderArgs args) {
        return create(false, owner, data, size, args);
    }

    private Order create(boolean buy, OrderOwner owner, DataFeed data, double size, OrderArgs args) {
        int di = indexOf(data);
        Order order = Order.create(nextRef++, buy, owner, data, size, args, sessionEnds[di]);
        ocoize(order, args.oco());
        return submit(order);
    }

    /**
     * OCO groups. backtrader makes every order the leader of its own one-member group; such a
     * group can only cancel its member, which is never pending when the check runs, so groups
     * are only recorded once a second order joins (the first member is then added as leader).
     */
    private void ocoize(Order order, Order oco) {
        if (oco == null) {
            return;
        }
        int ref = order.ref();
        Integer leader = ocos.get(oco.ref());
        int l;
        if (leader == null) {
            // backtrader's group of the first member exists until that member is first checked
            // (cancel, expiry, margin or any fill): only then is it still in its own group
            l = oco.ref();
            ocos.put(l, l);
            List<Integer> group = ocol.computeIfAbsent(l, k -> new ArrayList<>(2));
            if (oco.isAlive() && oco.executed().size() == 0) {
                group.add(l);
            }
        } else {
            l = leader;
        }
        ocos.put(ref, l);
        ocol.computeIfAbsent(l, k -> new ArrayList<>(2)).add(ref);
    }

    /**
     * The bracket group key of {@code order}, or -1 when it was rejected (parent gone).
     *
     * <p>backtrader keeps a bracket group for every order, the order itself first. A plain order
     * (no parent, transmitted at once) has a one-member group that lives exactly while the order
     * is alive and does nothing when removed, so it is not recorded: a child naming such a parent
     * recreates the group from the parent's state.
     */
    private int takeChildren(Order order) {
        int oref = order.ref();
        Order parent = order.parent();
        int pref = parent == null ? oref : parent.ref();
        if (oref != pref && !pchildren.containsKey(pref)) {
            if (parent.transmit() && parent.parent() == null && parent.isAlive()) {
                ArrayDeque<Order> pc = new ArrayDeque<>(3);
                pc.add(parent);
                pchildren.put(pref, pc);
                return pref;
            }
            order.reject();
            notify(order);
            return -1;
        }
        return pref;
    }

    private Order submit(Order order) {
        int pref = takeChildren(order);
        if (pref < 0) {
            return order;
        }
        if (order.parent() == null && order.transmit()) {
            transmit(order);
            return order;
        }
        ArrayDeque<Order> pc = pchildren.computeIfAbsent(pref, k -> new ArrayDeque<>(3));
        pc.add(order);
        if (order.transmit()) {
            for (Order o : pc) {
                transmit(o);
            }
        }
        return order;
    }

    private void transmit(Order order) {
        if (checkSubmit) {
            order.submit();
            submitted.add(order);
            notify(order);
        } else {
            submitAccept(order);
        }
    }

    private void submitAccept(Order order) {
        order.setPannotated(Double.NaN);
        order.submit();
        order.accept();
        pending.addLast(order);
        notify(order);
    }

    @Override
    public boolean cancel(Order order) {
        return cancel(order, false);
    }

    private boolean cancel(Order order, boolean bracket) {
        if (!pending.remove(order)) {
            return false;
        }
        order.cancel();
        notify(order);
        ococheck(order);
        if (!bracket) {
            bracketize(order, true);
        }
        return true;
    }

    private void notify(Order order) {
        notifs.add(order.snapshot());
    }

    @Override
    public Order nextNotification() {
        return notifs.isEmpty() ? null : notifs.pollFirst(); // most bars: no call (C1 does not inline pollFirst)
    }

    private void bracketize(Order order, boolean cancel) {
        if (pchildren.isEmpty()) {
            return;
        }
        int oref = order.ref();
        int pref = order.parent() == null ? oref : order.parent().ref();
        boolean isParent = oref == pref;
        ArrayDeque<Order> pc = pchildren.get(pref);
        if (pc == null) {
            return;
        }
        if (cancel || !isParent) {
            pchildren.remove(pref);
            while (!pc.isEmpty()) {
                cancel(pc.pollFirst(), true);
            }
        } else {
            pc.pollFirst();
            toActivate.addAll(pc);
            if (pc.isEmpty()) {
                pchildren.remove(pref);
            }
        }
    }

    private void ococheck(Order order) {
        if (ocos.isEmpty()) {
            return;
        }
        Integer leader = ocos.get(order.ref());
        if (leader == null) {
            return;
        }
        Integer groupRef = ocos.get(leader);
        List<Integer> group = groupRef == null ? null : ocol.remove(groupRef);
        if (group == null) {
            return;
        }
        for (int i = pending.size() - 1; i >= 0; i--) {
            Order o = pending.get(i);
            if (group.contains(o.ref())) {
                pending.removeAt(i);
                o.cancel();
                notify(o);
            }
        }
    }

    // ---- the broker step --------------------------------------------------------------------

    @Override
    public void next() {
        // most bars have no order to activate, check or match, no interest to charge and no
        // futures to mark: then the step is the value update alone, done here (C1, the one-shot
        // commands' JIT, inlines no method of its size)
        if (!toActivate.isEmpty() || !submitted.isEmpty() || !pending.isEmpty() || anyInterest || anyFutures) {
            matchOrders();
        }
        if (!cashAdditions.isEmpty()) {
            applyCashAdditions();
        }
        double posValue = 0.0;
        double posValueUnlever = 0.0;
        double unreal = 0.0;
        for (int i = 0; i < positions.length; i++) {
            Position pos = positions[i];
            if (pos.size() == 0) {
                continue;
            }
            // backtrader marks a held position's last credit operation at every step; a fill this
            // step stamped the same bar time, so marking the positions held at its end is the same
            DataFeed data = datas[i];
            pos.datetime(data.datetime(0));
            CommInfo ci = comms[i];
            double close = data.close(0);
            double dvalue = shortCash ? ci.getValueSize(pos.size(), close) : Math.abs(ci.getValue(pos, close));
            double dunreal = ci.profitAndLoss(pos.size(), pos.price(), close);
            posValue += dvalue;
            unreal += dunreal;
            if (dvalue > 0) {
                dvalue -= dunreal;
                double lev = ci.leverage();
                posValueUnlever += lev == 1.0 ? dvalue : dvalue / lev;
                posValueUnlever += dunreal;
            } else {
                posValueUnlever += dvalue;
            }
        }
        value = cash + posValueUnlever;
        fundValStale = true; // value / fundShares, divided only when asked
        valueMkt = posValueUnlever;
        valueLever = cash + posValue;
        valueMktLever = posValue;
        unrealized = unreal;
        valued = true;
    }

    /**
     * The order work of a broker step, before the value update: bracket children activated,
     * submitted orders checked, credit interest charged, pending orders matched, futures marked.
     */
    private void matchOrders() {
        while (!toActivate.isEmpty()) {
            toActivate.pollFirst().activate();
        }
        if (checkSubmit && !submitted.isEmpty()) {
            checkSubmitted();
        }
        if (anyInterest) {
            chargeCredit();
        }
        if (!pending.isEmpty()) {
            pending.markRound();
            while (pending.hasUnprocessed()) {
                Order order = pending.pollFirst();
                if (order.expire()) {
                    notify(order);
                    ococheck(order);
                    bracketize(order, true);
                } else if (!order.isActive()) {
                    pending.addLast(order);
                } else {
                    tryExec(order);
                    if (order.isAlive()) {
                        pending.addLast(order);
                    } else if (order.status() == OrderStatus.Completed) {
                        bracketize(order, false);
                    }
                }
            }
        }
        for (int i = 0; anyFutures && i < positions.length; i++) {
            Position pos = positions[i];
            if (pos.size() != 0 && !comms[i].isStockLike()) {
                double close = datas[i].close(0);
                cash += comms[i].cashAdjust(pos.size(), pos.adjbase(), close);
                pos.adjbase(close);
            }
        }
    }

    /**
     * Charges credit interest on the held positions for the days since their time stamp (the
     * previous step, or the fill that opened them). {@link #next()}'s value update stamps them again.
     */
    private void chargeCredit() {
        double credit = 0.0;
        for (int i = 0; i < positions.length; i++) {
            Position pos = positions[i];
            if (pos.size() == 0) {
                continue;
            }
            long dt0 = datas[i].datetime(0);
            if (comms[i].chargesInterest() && pos.datetime() != Long.MIN_VALUE) {
                ZoneId tz = datas[i].tz();
                long days = localDate(dt0, tz).toEpochDay() - localDate(pos.datetime(), tz).toEpochDay();
                double c = comms[i].getCreditInterest(pos.size(), pos.price(), days);
                dCredit[i] += c;
                credit += c;
            }
        }
        cash -= credit;
    }

    private static LocalDate localDate(long nanos, ZoneId tz) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return LocalDate.ofInstant(at, tz);
    }

    private void checkSubmitted() {
        double c = cash;
        java.util.Arrays.fill(pseudoTaken, false);
        while (!submitted.isEmpty()) {
            Order order = submitted.pollFirst();
            if (takeChildren(order) < 0) {
                continue;
            }
            int di = indexOf(order.data());
            if (!pseudoTaken[di]) {
                pseudoPositions[di].copyFrom(positions[di]);
                pseudoTaken[di] = true;
            }
            c = pseudoExecute(order, c, pseudoPositions[di], comms[di]);
            if (c >= 0.0) {
                submitAccept(order);
                continue;
            }
            order.margin();
            notify(order);
            ococheck(order);
            bracketize(order, true);
        }
    }

    /** Cash left after executing {@code order} at its creation price on a copy of the position. */
    private double pseudoExecute(Order order, double c, Position position, CommInfo ci) {
        double size = order.executed().remsize();
        double price;
        if (coo && order.execType() == ExecType.Market) {
            price = order.data().open(0);
        } else {
            price = order.createdPrice();
        }
        position.update(size, price);
        double opened = position.opened();
        double closed = position.closed();
        if (closed != 0) {
            double closedValue = shortCash ? ci.getValueSize(-closed, price) : ci.getOperationCost(closed, price);
            double closeCash = closedValue;
            if (closedValue > 0) {
                closeCash /= ci.leverage();
            }
            c += closeCash;
            c -= ci.getCommission(closed, price);
        }
        if (opened != 0) {
            double openedValue = shortCash ? ci.getValueSize(opened, price) : ci.getOperationCost(opened, price);
            double openCash = openedValue;
            if (openedValue > 0) {
                openCash /= ci.leverage();
            }
            c -= openCash;
            c -= ci.getCommission(opened, price);
        }
        return c;
    }

    private void execute(Order order, int ago, double price, long dtcoc) {
        if (Double.isNaN(price)) {
            return;
        }
        DataFeed data = order.data();
        double size;
        if (filler == null) {
            size = order.executed().remsize();
        } else {
            size = filler.fill(order, price, ago);
            if (!order.isBuy()) {
                size = -size;
            }
        }
        int di = indexOf(data);
        CommInfo ci = comms[di];
        Position position = positions[di];
        double ppriceOrig = position.price();
        scratch.copyFrom(position);
        scratch.update(size, price);
        double psize = scratch.size();
        double pprice = scratch.price();
        double opened = scratch.opened();
        double closed = scratch.closed();
        double pnl = ci.profitAndLoss(-closed, ppriceOrig, price);
        double c = cash;

        double closedValue = 0.0;
        double closedComm = 0.0;
        if (closed != 0) {
            closedValue = shortCash ? ci.getValueSize(-closed, ppriceOrig) : ci.getOperationCost(closed, ppriceOrig);
            double closeCash = closedValue;
            if (closedValue > 0) {
                closeCash /= ci.leverage();
            }
            c += closeCash + pnl * (ci.isStockLike() ? 1 : 0);
            closedComm = ci.getCommission(closed, price);
            c -= closedComm;
            c += ci.cashAdjust(-closed, position.adjbase(), price);
            cash = c;
        }
        double openedValue = 0.0;
        double openedComm = 0.0;
        double popened = opened;
        if (opened != 0) {
            openedValue = shortCash ? ci.getValueSize(opened, price) : ci.getOperationCost(opened, price);
            double openCash = openedValue;
            if (openedValue > 0) {
                openCash /= ci.leverage();
            }
            c -= openCash;
            openedComm = ci.getCommission(opened, price);
            c -= openedComm;
            if (c < 0.0) {
                opened = 0;
                openedValue = 0.0;
                openedComm = 0.0;
            } else {
                if (Math.abs(psize) > Math.abs(opened)) {
                    double adjsize = psize - opened;
                    c += ci.cashAdjust(adjsize, position.adjbase(), price);
                }
                position.adjbase(price);
                cash = c;
            }
        }
        double execSize = closed + opened;
        if (execSize != 0) {
            position.update(execSize, price, data.datetime(0));
            if (closed != 0 && int2pnl) {
                closedComm += dCredit[di];
                dCredit[di] = 0.0;
            }
            long dt = dtcoc != NO_DT ? dtcoc : data.datetime(ago);
            order.execute(new ExecutionBit(dt, execSize, price, closed, closedValue, closedComm,
                    opened, openedValue, openedComm, pnl, psize, pprice), ci.margin());
            order.addCommInfo(ci);
            notify(order);
            ococheck(order);
        }
        if (popened != 0 && opened == 0) {
            order.margin();
            notify(order);
            ococheck(order);
            bracketize(order, true);
        }
    }

    private void tryExec(Order order) {
        DataFeed d = order.data();
        switch (order.execType()) {
            case Market:
                tryExecMarket(order, d);
                break;
            case Close:
                tryExecClose(order, d.close(0));
                break;
            case Historical:
                execute(order, 0, order.createdPrice(), NO_DT);
                break;
            default:
                tryExecPriced(order, d);
        }
    }

    /** Limit, stop and stop-limit orders: they look at the whole bar. */
    private void tryExecPriced(Order order, DataFeed d) {
        double popen = d.open(0);
        double phigh = d.high(0);
        double plow = d.low(0);
        double pclose = d.close(0);
        double pcreated = order.createdPrice();
        double plimit = order.createdPriceLimit();
        switch (order.execType()) {
            case Limit:
                tryExecLimit(order, popen, phigh, plow, pcreated);
                break;
            case Stop:
            case StopTrail:
                tryExecStop(order, popen, phigh, plow, pcreated, pclose);
                break;
            case StopLimit:
            case StopTrailLimit:
                if (order.isTriggered()) {
                    tryExecLimit(order, popen, phigh, plow, plimit);
                } else {
                    tryExecStopLimit(order, popen, phigh, plow, pclose, pcreated, plimit);
                }
                break;
            default:
                throw new IllegalStateException("unhandled exectype " + order.execType());
        }
    }

    /** Market orders read the bar's open, and its high (low) only to cap a slipped price. */
    private void tryExecMarket(Order order, DataFeed d) {
        long dtcoc;
        double exprice;
        if (coc && !Boolean.FALSE.equals(order.info().get("coc"))) {
            dtcoc = order.createdDt();
            exprice = order.createdPClose();
        } else {
            if (!coo && d.datetime(0) <= order.createdDt()) {
                return;
            }
            dtcoc = NO_DT;
            exprice = d.open(0);
        }
        boolean buy = order.isBuy();
        boolean slips = slipOpen && (slipPerc != 0 || slipFixed != 0);
        double bound = slips ? (buy ? d.high() : d.low()).get(0) : exprice; // unused unless it slips
        double p = buy ? slipUp(bound, exprice, slipOpen, false) : slipDown(bound, exprice, slipOpen, false);
        execute(order, 0, p, dtcoc);
    }

    private void tryExecClose(Order order, double pclose) {
        long dt0 = order.data().datetime(0);
        if (dt0 > order.createdDt() && dt0 >= order.dteos()) {
            double ann = order.pannotated();
            if (!Double.isNaN(ann) && ann != 0.0 && dt0 > order.dteos()) {
                execute(order, -1, ann, NO_DT);
            } else {
                execute(order, 0, pclose, NO_DT);
            }
            return;
        }
        order.setPannotated(pclose);
    }

    private void tryExecLimit(Order order, double popen, double phigh, double plow, double plimit) {
        if (order.isBuy()) {
            if (plimit >= popen) {
                double pmax = Math.min(phigh, plimit);
                execute(order, 0, slipUp(pmax, popen, slipOpen, true), NO_DT);
            } else if (plimit >= plow) {
                execute(order, 0, plimit, NO_DT);
            }
        } else {
            if (plimit <= popen) {
                double pmin = Math.max(plow, plimit);
                execute(order, 0, slipDown(pmin, popen, slipOpen, true), NO_DT);
            } else if (plimit <= phigh) {
                execute(order, 0, plimit, NO_DT);
            }
        }
    }

    private void tryExecStop(Order order, double popen, double phigh, double plow, double pcreated, double pclose) {
        if (order.isBuy()) {
            if (popen >= pcreated) {
                execute(order, 0, slipUp(phigh, popen, slipOpen, false), NO_DT);
            } else if (phigh >= pcreated) {
                execute(order, 0, slipUp(phigh, pcreated, true, false), NO_DT);
            }
        } else {
            if (popen <= pcreated) {
                execute(order, 0, slipDown(plow, popen, slipOpen, false), NO_DT);
            } else if (plow <= pcreated) {
                execute(order, 0, slipDown(plow, pcreated, true, false), NO_DT);
            }
        }
        if (order.isAlive() && order.execType() == ExecType.StopTrail) {
            order.trailAdjust(pclose);
        }
    }

    private void tryExecStopLimit(Order order, double popen, double phigh, double plow, double pclose,
                                  double pcreated, double plimit) {
        if (order.isBuy()) {
            if (popen >= pcreated) {
                order.setTriggered();
                tryExecLimit(order, popen, phigh, plow, plimit);
            } else if (phigh >= pcreated) {
                order.setTriggered();
                if (popen > pclose) {
                    if (plimit >= pcreated) {
                        execute(order, 0, slipUp(phigh, pcreated, true, true), NO_DT);
                    } else if (plimit >= pclose) {
                        execute(order, 0, plimit, NO_DT);
                    }
                } else if (plimit >= pcreated) {
                    execute(order, 0, slipUp(phigh, pcreated, true, true), NO_DT);
                }
            }
        } else {
            if (popen <= pcreated) {
                order.setTriggered();
                tryExecLimit(order, popen, phigh, plow, plimit);
            } else if (plow <= pcreated) {
                order.setTriggered();
                if (popen <= pclose) {
                    if (plimit <= pcreated) {
                        execute(order, 0, slipDown(plow, pcreated, true, true), NO_DT);
                    } else if (plimit <= pclose) {
                        execute(order, 0, plimit, NO_DT);
                    }
                } else if (plimit <= pcreated) {
                    execute(order, 0, slipDown(plow, pcreated, true, true), NO_DT);
                }
            }
        }
        if (order.isAlive() && order.execType() == ExecType.StopTrailLimit) {
            order.trailAdjust(pclose);
        }
    }

    /** Price slipped up, capped at {@code pmax} per the slip flags; NaN when no fill is possible. */
    private double slipUp(double pmax, double price, boolean doSlip, boolean lim) {
        if (!doSlip) {
            return price;
        }
        double pslip;
        if (slipPerc != 0) {
            pslip = price * (1 + slipPerc);
        } else if (slipFixed != 0) {
            pslip = price + slipFixed;
        } else {
            return price;
        }
        if (pslip <= pmax) {
            return pslip;
        }
        if (slipMatch || (lim && slipLimit)) {
            return slipOut ? pslip : pmax;
        }
        return Double.NaN;
    }

    /** Price slipped down, capped at {@code pmin} per the slip flags; NaN when no fill is possible. */
    private double slipDown(double pmin, double price, boolean doSlip, boolean lim) {
        if (!doSlip) {
            return price;
        }
        double pslip;
        if (slipPerc != 0) {
            pslip = price * (1 - slipPerc);
        } else if (slipFixed != 0) {
            pslip = price - slipFixed;
        } else {
            return price;
        }
        if (pslip >= pmin) {
            return pslip;
        }
        if (slipMatch || (lim && slipLimit)) {
            return slipOut ? pslip : pmin;
        }
        return Double.NaN;
    }

    // ---- accounting -------------------------------------------------------------------------

    private void applyCashAdditions() {
        while (!cashAdditions.isEmpty()) {
            double c = cashAdditions.pollFirst();
            fundShares += c / fundVal();
            cash += c;
        }
    }

    // ---- queries ----------------------------------------------------------------------------

    @Override
    public double getCash() {
        return cash;
    }

    @Override
    public double getValue() {
        return value;
    }

    /** Market value of all positions (backtrader's {@code getvalue(mkt=True)}). */
    public double getValueMarket() {
        return valueMkt;
    }

    /** Value with leverage (backtrader's {@code getvalue(lever=True)}). */
    public double getValueLever() {
        return valueLever;
    }

    /** Leveraged market value of all positions. */
    public double getValueMarketLever() {
        return valueMktLever;
    }

    /** Gross over net position value. */
    public double getLeverage() {
        // computed on demand from the last value update (1.0 before the first, as backtrader)
        return valued ? valueMktLever / (valueMkt != 0 ? valueMkt : 1.0) : 1.0;
    }

    /** Unrealised profit and loss of all positions at the last broker step. */
    public double getUnrealized() {
        return unrealized;
    }

    @Override
    public double getValue(DataFeed data) {
        if (!cashAdditions.isEmpty()) {
            applyCashAdditions();
        }
        int i = indexOf(data);
        Position pos = positions[i];
        if (pos.size() == 0) {
            return 0.0;
        }
        double close = data.close(0);
        return shortCash ? comms[i].getValueSize(pos.size(), close) : comms[i].getValue(pos, close);
    }

    @Override
    public Position getPosition(DataFeed data) {
        return positions[indexOf(data)];
    }

    @Override
    public CommInfo getCommissionInfo(DataFeed data) {
        if (data == lastData) {
            return comms[lastIndex];
        }
        Integer i = dataIndex.get(data);
        if (i != null) {
            return comms[i];
        }
        return commByName.getOrDefault(data.name(), defaultComm);
    }

    @Override
    public List<Order> openOrders() {
        return pending.toList();
    }

    @Override
    public double fundValue() {
        return fundVal();
    }

    /** The fund value per share as of the last value update (the division done at most once per update). */
    private double fundVal() {
        if (fundValStale) {
            fundVal = value / fundShares;
            fundValStale = false;
        }
        return fundVal;
    }

    @Override
    public double fundShares() {
        return fundShares;
    }

    @Override
    public boolean fundMode() {
        return fundMode;
    }

    /** Starting cash of the run. */
    @Override
    public double startingCash() {
        return startCash;
    }

    @Override
    public Number startingCashAsGiven() {
        return wholeCash ? (Number) (long) startCash : (Number) startCash;
    }

    /** Status of {@code order} as the broker knows it. */
    public OrderStatus orderStatus(Order order) {
        return order.status();
    }
}
