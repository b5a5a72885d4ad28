package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link Observer}: one value per strategy bar, stepped after the analyzers, lines as declared. */
class ObserverTest {

    private static final class Probe extends Observer {
        final List<String> log;

        Probe(List<String> log) {
            super("bar", "len");
            this.log = log;
        }

        @Override
        protected void onNext() {
            log.add("observer");
            out(0).set(0, strategy.len());
            out(1).set(0, len());
        }
    }

    @Test
    void stepsEveryBarAfterTheAnalyzers() {
        List<String> log = new ArrayList<>();
        Probe[] probe = new Probe[1];
        List<Strategy> runs = ObserverRuns.run(c -> c.stdstats(false)
                .addAnalyzer("probe", () -> new Analyzer() {
                    @Override
                    public void prenext() {
                        log.add("analyzer");
                    }

                    @Override
                    public void next() {
                        log.add("analyzer");
                    }

                    @Override
                    public java.util.Map<String, Object> analysis() {
                        return java.util.Map.of();
                    }
                })
                .addObserver(() -> probe[0] = new Probe(log)));
        for (Strategy s : runs) {
            Probe p = ObserverRuns.find(s, Probe.class);
            assertEquals(1, s.observers().size(), "stdstats off: only the added observer");
            assertEquals(1000, p.len());
            assertEquals(List.of("bar", "len"), List.of(p.lineName(0), p.lineName(1)));
            for (int i = 0; i < 1000; i += 111) {
                assertEquals(i + 1, ObserverRuns.at(p.line(0), i));
                assertEquals(i + 1, ObserverRuns.at(p.line(1), i));
            }
        }
        for (int i = 0; i < log.size(); i += 2) {
            assertEquals(List.of("analyzer", "observer"), log.subList(i, i + 2));
        }
        assertEquals(4000, log.size());
    }

    /** Counts its onNext calls and the bars that brought it a notification. */
    private static final class Quiet extends Observer {
        int calls;
        int notifiedBars;
        private boolean notified;

        Quiet() {
            super(true, "events");
        }

        @Override
        protected void onOrder(org.bt4j.order.Order order) {
            notified = true;
        }

        @Override
        protected void onTrade(org.bt4j.broker.Trade trade) {
            notified = true;
        }

        @Override
        protected void onNext() {
            calls++;
            notifiedBars += notified ? 1 : 0;
            notified = false;
            out(0).set(0, len());
        }
    }

    @Test
    void aNotificationsOnlyObserverRecordsOnlyBarsWithNotifications() {
        for (Strategy s : ObserverRuns.run(c -> c.stdstats(false).addObserver(Quiet::new))) {
            Quiet q = ObserverRuns.find(s, Quiet.class);
            assertEquals(1000, q.len(), "a slot on every bar");
            assertTrue(q.calls > 10 && q.calls < 200, "onNext on the bars with orders or trades: " + q.calls);
            assertEquals(q.calls, q.notifiedBars, "never on a quiet bar");
            int recorded = 0;
            for (int i = 0; i < 1000; i++) {
                double v = ObserverRuns.at(q.line(0), i);
                if (!Double.isNaN(v)) {
                    assertEquals(i + 1, v);
                    recorded++;
                }
            }
            assertEquals(q.calls, recorded, "NaN on every other bar");
        }
    }

    /** Takes trades only: its empty onOrder is skipped, yet an order still counts as a notification. */
    private static final class TradesOnly extends Observer {
        int calls;
        int trades;

        TradesOnly() {
            super(true, "events");
        }

        @Override
        protected void onTrade(org.bt4j.broker.Trade trade) {
            trades++;
        }

        @Override
        protected void onNext() {
            calls++;
        }
    }

    @Test
    void anObserverWithoutAnOrderHookStillRecordsTheBarsWithOrders() {
        for (boolean runonce : new boolean[] {true, false}) {
            // limit entries: accepted on one bar, filled on a later one, so some bars bring orders only
            Strategy s = new org.bt4j.engine.Cerebro().runonce(runonce).stdstats(false).addObserver(Quiet::new)
                .addObserver(TradesOnly::new).addData(ObserverRuns.daily("daily-s1"))
                .addStrategy(new org.bt4j.strategy.builtin.SmaCross(),
                    java.util.Map.of("exectype", org.bt4j.order.ExecType.Limit, "offset", 0.01))
                .run().get(0);
            Quiet q = ObserverRuns.find(s, Quiet.class);
            TradesOnly t = ObserverRuns.find(s, TradesOnly.class);
            assertEquals(q.calls, t.calls, "onNext on every bar with an order or a trade notification");
            assertTrue(t.trades > 0 && t.trades < t.calls, t.trades + " trades, " + t.calls + " bars");
        }
    }

    /** Counts the order and trade notifications it is told. */
    private static final class Heard implements Analyzer {
        int orders;
        int trades;

        @Override
        public void notifyOrder(org.bt4j.order.Order order) {
            orders++;
        }

        @Override
        public void notifyTrade(org.bt4j.broker.Trade trade) {
            trades++;
        }

        @Override
        public java.util.Map<String, Object> analysis() {
            return java.util.Map.of();
        }
    }

    /** No order or trade hook of its own: only its analyzer hears the notifications. */
    private static final class WithAnalyzer extends Observer {
        final Heard heard = addAnalyzer(new Heard());

        WithAnalyzer() {
            super("x");
        }

        @Override
        protected void onNext() {
        }
    }

    @Test
    void anOwnedAnalyzerHearsEveryNotificationOfAnObserverWithoutHooks() {
        for (boolean runonce : new boolean[] {true, false}) {
            Heard strategyHeard = new Heard();
            Strategy s = new org.bt4j.engine.Cerebro().runonce(runonce).stdstats(false).addObserver(WithAnalyzer::new)
                .addData(ObserverRuns.daily("daily-s1")).addAnalyzer("heard", () -> strategyHeard)
                .addStrategy(new org.bt4j.strategy.builtin.SmaCross(), java.util.Map.of())
                .run().get(0);
            Heard observerHeard = ObserverRuns.find(s, WithAnalyzer.class).heard;
            assertTrue(strategyHeard.orders > 0 && strategyHeard.trades > 0);
            assertEquals(strategyHeard.orders, observerHeard.orders);
            assertEquals(strategyHeard.trades, observerHeard.trades);
        }
    }

    /** Records its own length on every bar. */
    private static final class Counter extends Observer {
        Counter() {
            super("len", "quiet");
        }

        @Override
        protected void onNext() {
            out(0).set(0, len());
        }
    }

    @Test
    void aPresizedObserverMovesOverItsSlotsAndAppendsPastThem() {
        Counter c = new Counter();
        c.presize(3);
        assertEquals(0, c.len());
        for (int bar = 1; bar <= 5; bar++) {
            c.step(-1);
            assertEquals(bar, c.len());
            assertEquals(bar, c.line(0).get(0));
            assertTrue(Double.isNaN(c.line(1).get(0)));
        }
        assertEquals(5, c.buffers()[0].size());
        assertEquals(1.0, c.line(0).get(-4));
    }

    /**
     * bt4j's own observers without analyzers may move their lines jointly; one owning analyzers
     * may not (they step before its lines move); a user's observer (another package) is
     * StrategyRunnerTest's case.
     */
    @Test
    void onlyOwnObserversWithoutAnalyzersMoveJointly() {
        assertTrue(new Broker().movesJointly());
        assertTrue(new Trades().movesJointly());
        assertFalse(new DrawDown().movesJointly());
    }

    @Test
    void onlyObserversThatAreNotNotificationsOnlyRecordEveryBar() {
        assertTrue(new Broker().recordsEveryBar());
        assertFalse(new BuySell().recordsEveryBar());
        assertFalse(new Trades().recordsEveryBar());
        assertFalse(new Quiet().recordsEveryBar());
    }

    /** record() after a joint forward writes the bar as step() does. */
    @Test
    void recordAfterAJointForwardWritesTheBarAsStepDoes() {
        Counter stepped = new Counter();
        Counter recorded = new Counter();
        for (int bar = 1; bar <= 3; bar++) {
            stepped.step(-1);
            org.bt4j.line.LineBuffer.forwardAll(recorded.buffers(), false);
            recorded.record();
            assertEquals(stepped.line(0).get(0), recorded.line(0).get(0));
            assertEquals(bar, recorded.len());
        }
    }
}
