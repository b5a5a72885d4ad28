package org.bt4j.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.CommInfo;
import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.order.Order;
import org.junit.jupiter.api.Test;

/** Strategy API: warm-up calls, trade splitting on reversal, target orders, cheat-on-open, runstop. */
class StrategyTest {

    private static final long DAY = 86_400_000_000_000L;

    private static ArrayFeed feed(double... opens) {
        int n = opens.length;
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_000_000_000_000L + i * DAY;
            h[i] = opens[i] + 1;
            l[i] = opens[i] - 1;
            c[i] = opens[i] + 0.5;
            v[i] = 1000;
        }
        return ArrayFeed.of("f", t, opens, h, l, c, v, null);
    }

    static final class Script extends Strategy {
        final List<String> calls = new ArrayList<>();
        final List<Trade> tradeNotes = new ArrayList<>();
        final java.util.function.Consumer<Script> onBar;
        MovingAverageSimple sma;

        Script(java.util.function.Consumer<Script> onBar) {
            this.onBar = onBar;
        }

        @Override
        protected void init() {
            sma = sma(close(), 3);
        }

        @Override
        protected void prenext() {
            calls.add("prenext");
        }

        @Override
        protected void nextStart() {
            calls.add("nextstart");
            next();
        }

        @Override
        protected void next() {
            calls.add("next");
            onBar.accept(this);
        }

        @Override
        protected void notifyTrade(Trade t) {
            tradeNotes.add(t);
        }
    }

    @Test
    void warmUpFollowsTheIndicatorsMinimumPeriod() {
        Script s = new Script(x -> { });
        new Cerebro().addData(feed(10, 11, 12, 13, 14)).addStrategy(s).run();
        assertEquals(List.of("prenext", "prenext", "nextstart", "next", "next", "next"), s.calls);
    }

    @Test
    void aReversalClosesOneTradeAndOpensAnother() {
        // backtrader-inventory A13: buy 1 at 100 (comm 0.1), sell 3 at 101 (comm 0.303)
        Script s = new Script(x -> {
            if (x.len() == 3) {
                x.buy(1);
            } else if (x.len() == 4) {
                x.sell(3);
            }
        });
        BackBroker b = new BackBroker().setCommission(CommInfo.setCommission(0.001, Double.NaN, 1));
        new Cerebro().setBroker(b).addData(feed(90, 95, 99, 100, 101, 102)).addStrategy(s).run();
        List<Trade> trades = s.trades();
        assertEquals(2, trades.size());
        assertEquals(1.0, trades.get(0).pnl(), 1e-12);
        assertEquals(0.799, trades.get(0).pnlcomm(), 1e-12);
        assertEquals(-2.0, trades.get(1).size());
        assertEquals(-0.202, trades.get(1).pnlcomm(), 1e-12);
        assertEquals(3, s.tradeNotes.size(), "opened, closed, opened");
    }

    @Test
    void targetOrdersBuyTheDifference() {
        List<Order> made = new ArrayList<>();
        Script s = new Script(x -> {
            if (x.len() == 3) {
                made.add(x.orderTargetSize(5));
            } else if (x.len() == 4) {
                made.add(x.orderTargetSize(2));
            } else if (x.len() == 5) {
                made.add(x.orderTargetValue(0));
            }
        });
        new Cerebro().addData(feed(10, 11, 12, 13, 14, 15)).addStrategy(s).run();
        assertEquals(5.0, made.get(0).size());
        assertEquals(-3.0, made.get(1).size());
        assertEquals(-2.0, made.get(2).size());
        assertTrue(s.position().isFlat());
    }

    @Test
    void cheatOnOpenFillsAtTheOpenOfTheSameBar() {
        final class Coo extends Strategy {
            Order o;

            @Override
            protected void nextOpen() {
                if (o == null) {
                    o = buy();
                }
            }
        }
        Coo s = new Coo();
        Cerebro c = new Cerebro().cheatOnOpen(true).addData(feed(10, 11, 12, 13)).addStrategy(s);
        c.run();
        assertEquals(11.0, s.o.executed().price());
        assertEquals(s.o.createdDt(), s.o.executed().dt());
    }

    @Test
    void runstopEndsTheLoop() {
        Cerebro[] c = new Cerebro[1];
        Script s = new Script(x -> {
            if (x.len() == 4) {
                c[0].runstop();
            }
        });
        c[0] = new Cerebro().addData(feed(1, 2, 3, 4, 5, 6, 7, 8)).addStrategy(s);
        c[0].run();
        assertEquals(4, s.len());
    }

    @Test
    void parametersAreSetByNameWithConversion() {
        final class P extends Strategy {
            @Param
            int fast = 1;
            @Param("slow_period")
            double slow = 2;
            @Param
            org.bt4j.order.ExecType type = org.bt4j.order.ExecType.Market;
        }
        P p = new P();
        ParamBinder.setAll(p, "P", Map.of("fast", "7", "slow_period", "2.5", "type", "stoplimit"));
        assertEquals(7, p.fast);
        assertEquals(2.5, p.slow);
        assertEquals(org.bt4j.order.ExecType.StopLimit, p.type);
        assertEquals("[fast, slow_period, type]", ParamBinder.fields(P.class).keySet().toString());
    }

    /** Records backtrader's {@code self.data.close[-1]}-style reads on every bar from the second on. */
    public static final class PastValues extends Strategy {
        final List<String> seen = new ArrayList<>();

        @Override
        protected void next() {
            if (len() >= 2) {
                seen.add(close(0) + " " + close(-1) + " " + open(-1) + " " + high(-1) + " " + low(0) + " "
                    + volume(-1) + " " + data(0).close(-1) + " " + data(0).openInterest(0));
            }
        }
    }

    @Test
    void pastValuesReadAsBacktradersDataCloseMinusOne() {
        for (boolean once : new boolean[] {true, false}) {
            PastValues s = new PastValues();
            new Cerebro().addData(feed(10, 11, 12)).addStrategy(s).runonce(once).run();
            // opens 10, 11, 12: close = open + 0.5, high = open + 1, low = open - 1, volume 1000
            assertEquals(List.of("11.5 10.5 10.0 11.0 10.0 1000.0 10.5 0.0", "12.5 11.5 11.0 12.0 11.0 1000.0 11.5 0.0"),
                s.seen, "runonce " + once);
        }
    }

    @Test
    void anIndicatorCreatedAfterInitIsRefusedWithOneSentence() {
        final class LateIndicator extends Strategy {
            @Override
            protected void start() {
                sma(3);
            }
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> new Cerebro().addData(feed(10, 11, 12, 13)).addStrategy(new LateIndicator()).run());
        assertEquals("MovingAverageSimple was created after init(), where nothing computes it: declare indicators in"
            + " init() (backtrader's __init__) and read them in start(), next() or stop()", e.getMessage());
        // the engine thread is left as it was: no scope open, so a stray indicator is refused as such
        var outside = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> new MovingAverageSimple(feed(1, 2, 3).close(), 2));
        assertTrue(outside.getMessage().startsWith("MovingAverageSimple was created outside any construction scope"));
    }

    @Test
    void bracketSidesTakeTheirOwnArguments() {
        List<Order[]> made = new ArrayList<>();
        Script s = new Script(x -> {
            if (x.len() == 3) {
                made.add(x.buyBracket(BracketArgs.of().size(1).price(90).valid(org.bt4j.order.Validity.after(java.time.Duration.ofDays(1)))
                    .stopPrice(80).stopArgs(a -> a.valid(org.bt4j.order.Validity.after(java.time.Duration.ofDays(5))).tradeId(7))
                    .limitPrice(120).limitArgs(a -> a.exectype(org.bt4j.order.ExecType.Stop))));
            }
        });
        new Cerebro().addData(feed(10, 11, 12, 13)).addStrategy(s).run();
        Order[] o = made.get(0);
        assertEquals(o[0].valid(), o[2].valid(), "a side without its own validity copies the main order's");
        assertEquals(o[0].valid() + 4 * DAY, o[1].valid(), "the stop side's own validity");
        assertEquals(7, o[1].tradeId());
        assertEquals(org.bt4j.order.ExecType.Stop, o[2].execType());
        assertEquals(o[0], o[1].parent());
        assertEquals(-1.0, o[2].size());
    }

    @Test
    void analyzersByNameAndTheEngineSettingsAreReadable() {
        final class Reads extends Strategy {
            boolean coo;

            @Override
            protected void init() {
                coo = settings().cheatOnOpen();
            }
        }
        Reads s = new Reads();
        new Cerebro().cheatOnOpen(true).addData(feed(10, 11, 12))
            .addAnalyzer("sqn", org.bt4j.analyzer.SQN::new).addStrategy(s).run();
        assertTrue(s.coo);
        assertEquals(org.bt4j.analyzer.SQN.class, s.analyzer("sqn", org.bt4j.analyzer.SQN.class).getClass());
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.analyzer("sharpe"));
        assertEquals("no analyzer called 'sharpe'; analyzers: [sqn]", e.getMessage());
        var w = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> s.analyzer("sqn", org.bt4j.analyzer.TradeAnalyzer.class));
        assertEquals("analyzer 'sqn' is a SQN, not a TradeAnalyzer", w.getMessage());
    }
}
