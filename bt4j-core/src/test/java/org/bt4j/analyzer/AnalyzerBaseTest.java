package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.broker.BackBroker;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.testkit.DailyBars;
import org.junit.jupiter.api.Test;

/**
 * {@link AnalyzerBase}: backtrader's Analyzer driving — children see every callback before their
 * parent, prenext and nextstart fall through to next unless overridden — and its numeric helpers
 * ({@code average}, {@code standarddev}) and result keys.
 */
class AnalyzerBaseTest {

    /** Logs every hook as "name:hook"; optionally keeps prenext/nextstart apart from next. */
    static class Logged extends AnalyzerBase {
        final String name;
        final List<String> log;
        final boolean split;
        boolean fundModeAtStart;

        Logged(String name, List<String> log, boolean split, AnalyzerBase... children) {
            this.name = name;
            this.log = log;
            this.split = split;
            for (AnalyzerBase c : children) {
                addChild(c);
            }
        }

        @Override
        protected void onStart() {
            fundModeAtStart = fundMode(null);
            log.add(name + ":start");
        }

        @Override
        protected void onPrenext() {
            if (split) {
                log.add(name + ":prenext");
            } else {
                super.onPrenext();
            }
        }

        @Override
        protected void onNextStart() {
            if (split) {
                log.add(name + ":nextstart");
            } else {
                super.onNextStart();
            }
        }

        @Override
        protected void onNext() {
            log.add(name + ":next");
        }

        @Override
        protected void onCashValue(double cash, double value) {
            log.add(name + ":cash " + cash);
        }

        @Override
        protected void onFund(double cash, double value, double fundValue, double shares) {
            log.add(name + ":fund " + fundValue);
        }

        @Override
        protected void onOrder(org.bt4j.order.Order order) {
            log.add(name + ":order");
        }

        @Override
        protected void onTrade(org.bt4j.broker.Trade trade) {
            log.add(name + ":trade");
        }

        @Override
        protected void onStop() {
            rets.put("events", log.size());
            log.add(name + ":stop");
        }
    }

    /** Declares an SMA(3), so bars 1-2 are warm-up, bar 3 is nextstart, bars 4-5 are next. */
    static final class Sma3 extends Strategy {
        @Override
        protected void init() {
            sma(close(), 3);
        }

        @Override
        protected void next() {
        }
    }

    @Test
    void childrenSeeEveryCallbackFirstAndWarmUpFallsThroughToNext() {
        List<String> log = new ArrayList<>();
        Logged parent = new Logged("P", log, false, new Logged("C", log, false));
        parent.prenext();
        parent.nextStart();
        parent.next();
        parent.notifyOrder(null);
        parent.notifyTrade(null);
        parent.notifyCashValue(5, 6);
        parent.notifyFund(5, 6, 100, 1);
        parent.stop();
        assertEquals(List.of("C:next", "P:next", "C:next", "P:next", "C:next", "P:next", "C:order", "P:order",
                "C:trade", "P:trade", "C:cash 5.0", "P:cash 5.0", "C:fund 100.0", "P:fund 100.0", "C:stop", "P:stop"),
                log);
        assertEquals(15, parent.analysis().get("events"));
    }

    @Test
    void aRunDrivesStartWarmUpNextstartNextAndStop() {
        List<String> log = new ArrayList<>();
        Logged[] made = new Logged[1];
        ArrayFeed data = DailyBars.closes(1, 2, 3, 4, 5);
        Sma3 s = new Sma3();
        new Cerebro().setBroker(new BackBroker().setFundMode(true)).addData(data).addStrategy(s)
                .addAnalyzer("log", () -> made[0] = new Logged("A", log, true)).run();
        List<String> hooks = new ArrayList<>();
        for (String e : log) {
            if (!e.startsWith("A:cash") && !e.startsWith("A:fund")) {
                hooks.add(e);
            }
        }
        assertEquals(List.of("A:start", "A:prenext", "A:prenext", "A:nextstart", "A:next", "A:next", "A:stop"), hooks);
        assertEquals(5, log.stream().filter(e -> e.equals("A:cash 10000.0")).count()); // once per bar, before next
        assertTrue(made[0].fundModeAtStart);
        assertSame(data, made[0].data);
        assertSame(s, made[0].strategy);
    }

    @Test
    void averageAndStandardDeviationAreBacktradersMathsFunctions() {
        assertEquals(2.5, AnalyzerBase.average(List.of(1.0, 2.0, 3.0, 4.0), false));
        assertEquals(10.0 / 3, AnalyzerBase.average(List.of(1.0, 2.0, 3.0, 4.0), true), 1e-15);
        // fsum: 1e16 + 1 - 1e16 is 1 when summed exactly (a naive sum gives 0)
        assertEquals(1.0 / 3, AnalyzerBase.average(List.of(1e16, 1.0, -1e16), false), 1e-15);
        List<Double> x = List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0); // mean 5, squared deviations sum 32
        assertEquals(2.0, AnalyzerBase.standardDev(x, null, false), 1e-15);
        assertEquals(Math.sqrt(32.0 / 7), AnalyzerBase.standardDev(x, null, true), 1e-15);
        assertEquals(Math.sqrt(5.0), AnalyzerBase.standardDev(List.of(1.0, 3.0), 0.0, false), 1e-15); // given mean 0
    }

    @Test
    void keysAreSecondsAndLocalTimeIsInTheDataZone() {
        assertEquals("2006-01-02T23:59:59", AnalyzerBase.key(LocalDateTime.of(2006, 1, 2, 23, 59, 59, 999_990_000)));
        Logged a = new Logged("A", new ArrayList<>(), false);
        a.data = DailyBars.closes(1);
        assertEquals(LocalDateTime.of(2006, 1, 2, 23, 59, 59, 999_990_000), a.local(DailyBars.T0));
        a.data.tz(ZoneId.of("America/New_York"));
        assertEquals(LocalDateTime.of(2006, 1, 2, 18, 59, 59, 999_990_000), a.local(DailyBars.T0));
    }
}
