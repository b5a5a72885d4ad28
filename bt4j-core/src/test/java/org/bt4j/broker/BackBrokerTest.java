package org.bt4j.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * BackBroker's fill rules on the inventory's verified example (A10.3): an order created on bar 1
 * (close 100) is matched on bar 2 (O=105 H=106 L=103 C=104), bar 3 is O=100 H=108 L=99 C=101.
 * Plus OCO, brackets, Margin, partial fills and same-bar cancel.
 */
class BackBrokerTest {

    private static final long DAY = 86_400_000_000_000L;

    private static ArrayFeed feed() {
        long t0 = 1_136_246_399_999_990_000L; // 2006-01-02T23:59:59.99999 UTC
        return ArrayFeed.of("d", new long[] {t0, t0 + DAY, t0 + 2 * DAY, t0 + 3 * DAY},
                new double[] {99, 105, 100, 101}, new double[] {101, 106, 108, 102},
                new double[] {98, 103, 99, 100}, new double[] {100, 104, 101, 101},
                new double[] {1000, 50, 1000, 1000}, null);
    }

    /** Places the orders given by {@code onFirst} on the first bar and records notifications. */
    static final class Placer extends Strategy {
        final Function<Placer, List<Order>> onFirst;
        final List<Order> notes = new ArrayList<>();
        List<Order> placed = List.of();

        Placer(Function<Placer, List<Order>> onFirst) {
            this.onFirst = onFirst;
        }

        @Override
        protected void next() {
            if (len() == 1) {
                placed = onFirst.apply(this);
            }
        }

        @Override
        protected void notifyOrder(Order order) {
            notes.add(order);
        }

        Order buyWith(OrderArgs a) {
            return buy(a);
        }

        Order sellWith(OrderArgs a) {
            return sell(a);
        }

        boolean cancelNow(Order o) {
            return cancel(o);
        }
    }

    private static Placer run(BackBroker b, Function<Placer, List<Order>> onFirst) {
        Placer p = new Placer(onFirst);
        new Cerebro().setBroker(b).addData(feed()).addStrategy(p).run();
        return p;
    }

    private static double fillOf(ExecType t, double price, boolean buy) {
        Placer p = run(new BackBroker(), s -> List.of(buy
                ? s.buyWith(OrderArgs.of().exectype(t).price(price))
                : s.sellWith(OrderArgs.of().exectype(t).price(price))));
        Order o = p.placed.get(0);
        return o.status() == OrderStatus.Completed ? o.executed().price() : Double.NaN;
    }

    @Test
    void fillPricesOfTheVerifiedExample() {
        assertEquals(105.0, fillOf(ExecType.Market, Double.NaN, true));
        assertEquals(104.5, fillOf(ExecType.Limit, 104.5, true));
        assertEquals(105.0, fillOf(ExecType.Stop, 102, true));
        assertEquals(104.0, fillOf(ExecType.Close, Double.NaN, true));
        assertEquals(105.0, fillOf(ExecType.Limit, 104, false), "sell limit below the open gaps at the open");
        assertEquals(103.0, fillOf(ExecType.Stop, 103, false), "sell stop touched intrabar");
    }

    @Test
    void stopAboveTheBarWaitsAndFillsOnTheNextTouch() {
        Placer p = run(new BackBroker(), s -> List.of(s.buyWith(OrderArgs.of().exectype(ExecType.Stop).price(107))));
        Order o = p.placed.get(0);
        assertEquals(107.0, o.executed().price());
        assertEquals(OrderStatus.Completed, o.status());
    }

    @Test
    void cheatOnCloseFillsAtTheCreationClose() {
        Placer p = run(new BackBroker().setCoc(true), s -> List.of(s.buyWith(OrderArgs.of())));
        Order o = p.placed.get(0);
        assertEquals(100.0, o.executed().price());
        assertEquals(o.createdDt(), o.executed().dt());
    }

    @Test
    void notificationsArriveSubmittedAcceptedCompleted() {
        Placer p = run(new BackBroker(), s -> List.of(s.buyWith(OrderArgs.of())));
        List<OrderStatus> st = new ArrayList<>();
        p.notes.forEach(n -> st.add(n.status()));
        assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.Completed), st);
        assertTrue(p.notes.get(0).isSnapshot());
        assertEquals(1, p.notes.get(2).executed().pending().size());
    }

    @Test
    void sameBarCancelDoesNothingWithCheckSubmit() {
        boolean[] cancelled = new boolean[1];
        Placer p = run(new BackBroker(), s -> {
            Order o = s.buyWith(OrderArgs.of());
            cancelled[0] = s.cancelNow(o);
            return List.of(o);
        });
        assertFalse(cancelled[0]);
        assertEquals(OrderStatus.Completed, p.placed.get(0).status());
    }

    @Test
    void notEnoughCashIsMargin() {
        Placer p = run(new BackBroker().setCash(50), s -> List.of(s.buyWith(OrderArgs.of().size(1))));
        assertEquals(OrderStatus.Margin, p.placed.get(0).status());
    }

    @Test
    void ocoSiblingIsCanceledWhenOneFills() {
        Placer p = run(new BackBroker(), s -> {
            Order a = s.buyWith(OrderArgs.of().exectype(ExecType.Limit).price(104.5));
            Order b = s.buyWith(OrderArgs.of().exectype(ExecType.Stop).price(200).oco(a));
            return List.of(a, b);
        });
        assertEquals(OrderStatus.Completed, p.placed.get(0).status());
        assertEquals(OrderStatus.Canceled, p.placed.get(1).status());
    }

    @Test
    void bracketChildrenWaitForTheNextBrokerStep() {
        Placer p = run(new BackBroker(), s -> {
            Order parent = s.buyWith(OrderArgs.of().transmit(false));
            Order stop = s.sellWith(OrderArgs.of().exectype(ExecType.Stop).price(90).parent(parent).transmit(false));
            Order limit = s.sellWith(OrderArgs.of().exectype(ExecType.Limit).price(105.5).parent(parent));
            return List.of(parent, stop, limit);
        });
        Order limit = p.placed.get(2);
        assertEquals(105.0, p.placed.get(0).executed().price());
        // bar 2 reaches 106 but the child is only active from bar 3 (O=100 H=108): fills at 105.5
        assertEquals(105.5, limit.executed().price());
        assertEquals(OrderStatus.Canceled, p.placed.get(1).status());
    }

    @Test
    void volumeFillerGivesPartialFills() {
        BackBroker b = new BackBroker().setFiller(new FixedSizeFiller(30));
        Placer p = run(b, s -> List.of(s.buyWith(OrderArgs.of().size(40))));
        Order o = p.placed.get(0);
        assertEquals(OrderStatus.Completed, o.status());
        assertEquals(2, o.executed().bits().size());
        assertEquals(30.0, o.executed().bits().get(0).size());
        assertEquals(10.0, o.executed().bits().get(1).size());
    }

    @Test
    void slippedMarketSellsAreCappedAtTheLowAndFixedSlippageAddsPoints() {
        Placer sell = run(new BackBroker().setSlippagePerc(0.02), s -> List.of(s.sellWith(OrderArgs.of())));
        assertEquals(103.0, sell.placed.get(0).executed().price(), "105 * 0.98 is below the low 103");
        Placer fixed = run(new BackBroker().setSlippageFixed(0.5), s -> List.of(s.buyWith(OrderArgs.of())));
        assertEquals(105.5, fixed.placed.get(0).executed().price());
        Placer closed = run(new BackBroker().setSlippagePerc(0.02, false, true, true, false),
                s -> List.of(s.buyWith(OrderArgs.of())));
        assertEquals(105.0, closed.placed.get(0).executed().price(), "slip_open off: the open as is");
    }

    @Test
    void slippageMovesMarketFillsAgainstTheTrader() {
        Placer p = run(new BackBroker().setSlippagePerc(0.005), s -> List.of(s.buyWith(OrderArgs.of())));
        assertEquals(105.525, p.placed.get(0).executed().price(), 1e-12);
        Placer capped = run(new BackBroker().setSlippagePerc(0.02), s -> List.of(s.buyWith(OrderArgs.of())));
        assertEquals(106.0, capped.placed.get(0).executed().price(), "slip_match caps at the high");
    }

    /** Places orders on the first and second bar. */
    static final class TwoBars extends Strategy {
        final Function<TwoBars, List<Order>> onFirst;
        final Function<TwoBars, List<Order>> onSecond;
        final List<Order> placed = new ArrayList<>();

        TwoBars(Function<TwoBars, List<Order>> onFirst, Function<TwoBars, List<Order>> onSecond) {
            this.onFirst = onFirst;
            this.onSecond = onSecond;
        }

        @Override
        protected void next() {
            if (len() == 1) {
                placed.addAll(onFirst.apply(this));
            } else if (len() == 2) {
                placed.addAll(onSecond.apply(this));
            }
        }

        Order buyWith(OrderArgs a) {
            return buy(a);
        }

        Order sellWith(OrderArgs a) {
            return sell(a);
        }
    }

    private static TwoBars runTwo(Function<TwoBars, List<Order>> first, Function<TwoBars, List<Order>> second) {
        TwoBars t = new TwoBars(first, second);
        new Cerebro().setBroker(new BackBroker()).addData(feed()).addStrategy(t).run();
        return t;
    }

    @Test
    void aChildOfAParentThatAlreadyCompletedIsRejected() {
        TwoBars t = runTwo(s -> List.of(s.buyWith(OrderArgs.of())),
                s -> List.of(s.sellWith(OrderArgs.of().exectype(ExecType.Limit).price(150).parent(s.placed.get(0)))));
        assertEquals(OrderStatus.Completed, t.placed.get(0).status());
        assertEquals(OrderStatus.Rejected, t.placed.get(1).status());
    }

    @Test
    void ordersJoiningTheOcoGroupOfAFinishedOrderStillCancelEachOther() {
        TwoBars t = runTwo(s -> List.of(s.buyWith(OrderArgs.of())), s -> {
            Order first = s.placed.get(0);
            Order b = s.sellWith(OrderArgs.of().exectype(ExecType.Limit).price(50).oco(first));
            Order c = s.buyWith(OrderArgs.of().exectype(ExecType.Stop).price(200).oco(first));
            return List.of(b, c);
        });
        assertEquals(OrderStatus.Completed, t.placed.get(0).status());
        assertEquals(OrderStatus.Completed, t.placed.get(1).status(), "the sell limit below the market fills at the open");
        assertEquals(100.0, t.placed.get(1).executed().price());
        assertEquals(OrderStatus.Canceled, t.placed.get(2).status(), "its OCO sibling is canceled");
    }

    @Test
    void fundValueIsTheLastUpdatesValuePerShareAndPricesCashAdditions() {
        BackBroker b = new BackBroker();
        double[][] seen = new double[4][];
        Strategy s = new Strategy() {
            @Override
            protected void next() {
                seen[len() - 1] = new double[] {b.getValue(), b.fundValue(), b.fundShares()};
                if (len() == 1) {
                    buy();
                } else if (len() == 2) {
                    b.addCash(1000);
                }
            }
        };
        assertEquals(100.0, b.fundValue(), "before any update: the fund start value");
        new Cerebro().setBroker(b).addData(feed()).addStrategy(s).run();
        for (double[] bar : seen) {
            assertEquals(bar[0] / bar[2], bar[1], "value per share of the last update");
        }
        assertEquals(seen[1][2] + 1000 / seen[1][1], seen[2][2], "a deposit buys shares at the last fund value");
        double last = b.fundValue();
        b.setCash(5000);
        assertEquals(last, b.fundValue(), "setting the cash for the next run keeps the last fund value");
    }

    @Test
    void startingCashKeepsWhetherItWasGivenWhole() {
        BackBroker b = new BackBroker();
        assertEquals(10000.0, b.startingCashAsGiven(), "backtrader's default is a float");
        assertEquals(100000L, b.setCash(100000L).startingCashAsGiven());
        assertEquals(100000.0, b.startingCash());
        assertEquals(2500.5, b.setCash(2500.5).startingCashAsGiven());
    }

    @Test
    void creditInterestIsChargedPerDayHeldAndPositionsCarryTheBarTime() {
        BackBroker b = new BackBroker().setCommission(CommInfo.builder().percAbs(true).interest(0.365).build());
        double[] cash = new double[4];
        long[] stamp = new long[4];
        long[] bar = new long[4];
        Strategy s = new Strategy() {
            @Override
            protected void next() {
                int i = len() - 1;
                cash[i] = b.getCash();
                stamp[i] = position().datetime();
                bar[i] = data().datetime(0);
                if (len() == 1) {
                    sell();
                }
            }
        };
        new Cerebro().setBroker(b).addData(feed()).addStrategy(s).run();
        assertEquals(10000.0, cash[0]);
        assertEquals(10105.0, cash[1], "short sale at the open adds cash");
        assertEquals(10105.0 - 0.105, cash[2], 1e-9, "one day at 0.1 % of 105");
        assertEquals(10105.0 - 0.21, cash[3], 1e-9);
        for (int i = 1; i < 4; i++) {
            assertEquals(bar[i], stamp[i], "held position stamped with bar " + i);
        }
    }
}

