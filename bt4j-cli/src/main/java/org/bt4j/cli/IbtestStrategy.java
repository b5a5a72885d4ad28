package org.bt4j.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.order.Validity;
import org.bt4j.strategy.Strategy;
import org.bt4j.util.PyFormat;

/**
 * The {@code TestStrategy} of backtrader's {@code ibtest} sample: prints every store and data
 * notification, every bar of data0 (and data1) with SMA({@code smaperiod}), every order and trade;
 * once a data reports LIVE it may trade — a single buy of {@code stake} at 90% of the close with
 * the chosen execution type (optionally a bracket, an OCO pair or a trailing stop), then sells half
 * the stake at market while long — cancels after {@code cancel} live bars and stops the run after
 * {@code stopafter} live bars. Engine thread only.
 *
 * <p>One addition to the sample, for sessions with {@code --journal}: an order this run did not place
 * but is notified of while it still works was re-attached from the journal after a restart (placed by
 * a process that died). It counts as the pending order, as it did for the process that placed it: a
 * working buy as the run's entry, a working sell as the sell in progress. Without this, a restarted
 * run would sell again while the previous run's sell still works, or buy again over its buy.
 */
final class IbtestStrategy extends Strategy {

    /** The sample's parameters. */
    static final class Params {
        int smaperiod = 5;
        boolean trade;
        int stake = 10;
        ExecType exectype = ExecType.Market;
        int stopafter;
        Validity valid;
        int cancel;
        boolean donotsell;
        boolean stoptrail;
        boolean stoptraillimit;
        double trailamount;
        double trailpercent;
        double limitoffset;
        boolean oca;
        boolean bracket;
    }

    private final Params p;
    private final PrintStream out;
    private final Runnable runstop;
    private final Supplier<ZoneId> tz;
    private final Supplier<String> contractZone;
    /** Prints the notifications, orders and trades. */
    private final LiveLog log;

    private final List<Order> orderid = new ArrayList<>();
    /** The refs of the orders this run placed (notifications are snapshots); any other was re-attached from the journal. */
    private final Set<Integer> placed = new HashSet<>();
    private Order order;
    private int counttostop;
    private int datastatus;
    private MovingAverageSimple sma;

    IbtestStrategy(Params p, PrintStream out, Runnable runstop, java.util.function.LongSupplier now, Supplier<ZoneId> tz,
                   Supplier<String> contractZone, IntFunction<org.bt4j.ib.wire.Order> ibOrder) {
        this.p = p;
        this.out = out;
        this.runstop = runstop;
        this.tz = tz;
        this.contractZone = contractZone;
        this.log = new LiveLog(out, now, tz, ibOrder);
    }

    @Override
    protected void init() {
        sma = sma(data().close(), p.smaperiod);
        out.println(IbtestText.RULE);
        out.println("Strategy Created");
        out.println(IbtestText.RULE);
    }

    @Override
    protected void start() {
        String zone = contractZone.get();
        if (zone != null) {
            out.println("Timezone from ContractDetails: " + zone);
        }
        out.println(IbtestText.header(true));
    }

    @Override
    protected void notifyData(DataFeed data, DataStatus status) {
        log.data(status);
        if (status == DataStatus.LIVE) {
            counttostop = p.stopafter;
            datastatus = 1;
        }
    }

    @Override
    protected void notifyStore(org.bt4j.feed.StoreNotice notice) {
        log.store(notice);
    }

    @Override
    protected void notifyOrder(Order o) {
        if (order == null && o.isAlive() && !placed.contains(o.ref())) {
            order = o; // re-attached after a restart: the pending order of the run that placed it
            if (o.isBuy()) {
                orderid.add(o);
            }
        }
        if (o.status() == OrderStatus.Completed || o.status() == OrderStatus.Canceled
                || o.status() == OrderStatus.Rejected) {
            order = null;
        }
        log.notifyOrder(o);
    }

    @Override
    protected void notifyTrade(Trade t) {
        log.notifyTrade(t);
    }

    @Override
    protected void prenext() {
        next();
    }

    @Override
    protected void next() {
        out.println(IbtestText.bar(len(), data(), tz.get(), sma.line(0).get(0)));
        if (datas().size() > 1 && data(1).len() > 0) {
            out.println(IbtestText.bar(len(), data(1), tz.get(), Double.NaN));
        }
        if (counttostop > 0) {
            counttostop--;
            if (counttostop == 0) {
                runstop.run();
                return;
            }
        }
        if (!p.trade) {
            return;
        }
        if (datastatus > 0 && position().isFlat() && orderid.isEmpty()) {
            enter();
        } else if (position().size() > 0 && !p.donotsell) {
            if (order == null) {
                order = place(sell(OrderArgs.of().size(p.stake / 2).exectype(ExecType.Market).price(data().close().get(0))));
            }
        } else if (order != null && p.cancel > 0) {
            if (datastatus > p.cancel) {
                cancel(order);
            }
        }
        if (datastatus > 0) {
            datastatus++;
        }
    }

    private void enter() {
        ExecType exectype = p.oca ? ExecType.Limit : p.exectype;
        double close = data().close().get(0);
        double price = PyFormat.round(close * 0.90, 2);
        order = place(buy(OrderArgs.of().size(p.stake).exectype(exectype).price(price).valid(p.valid).transmit(!p.bracket)));
        orderid.add(order);
        if (p.bracket) {
            place(sell(OrderArgs.of().size(p.stake).exectype(ExecType.Stop).price(PyFormat.round(price * 0.90, 2))
                    .valid(p.valid).transmit(false).parent(order)));
            place(sell(OrderArgs.of().size(p.stake).exectype(ExecType.Limit).price(PyFormat.round(close * 1.10, 2))
                    .valid(p.valid).transmit(true).parent(order)));
        } else if (p.oca) {
            place(buy(OrderArgs.of().size(p.stake).exectype(ExecType.Limit).price(PyFormat.round(close * 0.80, 2))
                    .oco(order)));
        } else if (p.stoptrail) {
            place(sell(OrderArgs.of().size(p.stake).exectype(ExecType.StopTrail).valid(p.valid)
                    .trailAmount(p.trailamount).trailPercent(p.trailpercent)));
        } else if (p.stoptraillimit) {
            double lp = PyFormat.round(close - p.trailamount, 2);
            place(sell(OrderArgs.of().size(p.stake).exectype(ExecType.StopTrailLimit).price(lp).plimit(lp + p.limitoffset)
                    .valid(p.valid).trailAmount(p.trailamount).trailPercent(p.trailpercent)));
        }
    }

    /** Remembers an order this run placed. */
    private Order place(Order o) {
        placed.add(o.ref());
        return o;
    }
}
