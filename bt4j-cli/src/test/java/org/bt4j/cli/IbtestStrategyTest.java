package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.feed.LiveFeed;
import org.bt4j.feed.StatusSource;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * backtrader's ibtest {@code TestStrategy} on a scripted live feed (no TWS): ten one-minute bars; LIVE
 * is reported while bar 2 loads, so (as in backtrader, where data notifications go out at the start of
 * the next engine iteration) the strategy sees it before bar 3, whose close is 101.37. Expected orders follow the sample's rules:
 * entry at round(close × 0.90, 2) = 91.23, bracket stop at round(91.23 × 0.90, 2) = 82.11 and take-profit
 * at round(close × 1.10, 2) = 111.51, OCA partner at round(close × 0.80, 2) = 81.10.
 */
class IbtestStrategyTest {

    private static final long MINUTE = 60_000_000_000L;
    /** 2024-01-05 14:30 UTC. */
    private static final long T0 = 1_704_465_000L * 1_000_000_000L;
    private static final double[] CLOSES = {100.0, 100.5, 101.37, 102.0, 102.5, 103.0, 103.5, 104.0, 104.5, 105.0};
    /** The first bar the strategy sees as live. */
    private static final int LIVE_BAR = 3;

    /** Flat bars (open = high = low = close) reporting CONNECTED at start, LIVE with bar 2, DISCONNECTED at the end. */
    private static final class ScriptedLiveFeed extends DataFeed implements LiveFeed, StatusSource {
        private final List<BiConsumer<? super DataFeed, ? super DataStatus>> listeners = new ArrayList<>();
        private final int firstBar;
        private int i;
        private boolean finished;

        ScriptedLiveFeed() {
            this("data0", 0);
        }

        /** A feed whose bars start at bar {@code firstBar} (0-based) of the script. */
        ScriptedLiveFeed(String name, int firstBar) {
            this.firstBar = firstBar;
            this.i = firstBar;
            name(name);
            timeFrame(TimeFrame.Minutes, 1);
        }

        private void report(DataStatus s) {
            listeners.forEach(l -> l.accept(this, s));
        }

        @Override
        public void addStatusListener(BiConsumer<? super DataFeed, ? super DataStatus> listener) {
            listeners.add(listener);
        }

        @Override
        public void start() {
            super.start();
            report(DataStatus.CONNECTED);
        }

        @Override
        public boolean isLive() {
            return true;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        protected boolean load() {
            if (i == CLOSES.length) {
                if (!finished) {
                    finished = true;
                    report(DataStatus.DISCONNECTED);
                }
                return false;
            }
            double p = CLOSES[i++];
            if (i == LIVE_BAR - 1 && firstBar == 0) {
                report(DataStatus.LIVE);
            }
            forward();
            setBar(T0 + i * MINUTE, p, p, p, p, 100, 0);
            return true;
        }
    }

    /** One ORDER BEGIN … ORDER END block, keeping the last value of each key (the names, not the numbers). */
    private record Printed(Map<String, String> fields) {
        String get(String key) {
            return fields.get(key);
        }
    }

    private static List<String> run(IbtestStrategy.Params p, String contractZone, DataFeed... more) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Cerebro cerebro = new Cerebro();
        cerebro.addData(new ScriptedLiveFeed());
        for (DataFeed d : more) {
            cerebro.addData(d);
        }
        cerebro.addStrategy(new IbtestStrategy(p, out, cerebro::runstop, () -> cerebro.loop().now(), () -> ZoneOffset.UTC, () -> contractZone,
                ref -> null));
        cerebro.run();
        return buf.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> barLines(List<String> out) {
        return out.stream().filter(l -> l.matches("\\d{4}, 2024-01-05T.*")).toList();
    }

    /** The first printed state of every order, by ref, in creation order. */
    private static Map<String, Printed> firstOrders(List<String> out) {
        Map<String, Printed> byRef = new LinkedHashMap<>();
        for (Printed o : orders(out)) {
            byRef.putIfAbsent(o.get("Ref"), o);
        }
        return byRef;
    }

    private static List<Printed> orders(List<String> out) {
        List<Printed> blocks = new ArrayList<>();
        Map<String, String> cur = null;
        for (String l : out) {
            if (l.startsWith(IbtestText.RULE + " ORDER BEGIN")) {
                cur = new LinkedHashMap<>();
            } else if (l.equals(IbtestText.RULE + " ORDER END")) {
                blocks.add(new Printed(cur));
                cur = null;
            } else if (cur != null && l.contains(": ")) {
                cur.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2));
            }
        }
        return blocks;
    }

    private static IbtestStrategy.Params trading() {
        IbtestStrategy.Params p = new IbtestStrategy.Params();
        p.trade = true;
        return p;
    }

    @Test
    void printsBannerHeaderNotificationsAndEveryBarIncludingWarmUp() {
        List<String> out = run(new IbtestStrategy.Params(), "US/Eastern");
        assertEquals(List.of(IbtestText.RULE, "Strategy Created", IbtestText.RULE,
                "Timezone from ContractDetails: US/Eastern", IbtestText.header(true)), out.subList(0, 5));
        assertTrue(out.contains("***** DATA NOTIF: CONNECTED"));
        assertTrue(out.contains("***** DATA NOTIF: LIVE"));
        List<String> bars = barLines(out);
        assertEquals(CLOSES.length, bars.size(), "prenext is routed to next: warm-up bars print too");
        assertEquals("0001, 2024-01-05T14:31:00.000000, 100.0, 100.0, 100.0, 100.0, 100.0, 0, nan", bars.get(0));
        assertTrue(bars.get(3).endsWith(", nan"), "SMA(5) needs five bars");
        // SMA(5) on the fifth bar: (100 + 100.5 + 101.37 + 102 + 102.5) / 5 = 101.274
        assertEquals(101.274, Double.parseDouble(bars.get(4).substring(bars.get(4).lastIndexOf(", ") + 2)), 1e-9);
        assertTrue(orders(out).isEmpty(), "no trading without --trade");
    }

    @Test
    void data1IsPrintedOnlyOnceItHasBars() {
        // data1 starts with script bar 3: the sample prints it only when len(self.data1) is non-zero
        List<String> bars = barLines(run(new IbtestStrategy.Params(), null, new ScriptedLiveFeed("data1", 2)));
        long data1Lines = bars.stream().filter(l -> l.contains("T14:31:") || l.contains("T14:32:")).count();
        assertEquals(2, data1Lines, "bars 1 and 2 print for data0 only");
        assertEquals(CLOSES.length + CLOSES.length - 2, bars.size());
    }

    @Test
    void noContractZoneNoTimezoneLine() {
        List<String> out = run(new IbtestStrategy.Params(), null);
        assertEquals(IbtestText.header(true), out.get(3));
    }

    @Test
    void stopafterCountsLiveBarsOnly() {
        IbtestStrategy.Params p = new IbtestStrategy.Params();
        p.stopafter = 3;
        // live bars 3, 4 and 5, then runstop
        assertEquals(LIVE_BAR + 2, barLines(run(p, null)).size());
    }

    @Test
    void entersOnceWhenLiveThenSellsHalfTheStakeAtMarketWhileLong() {
        List<String> out = run(trading(), null);
        List<Printed> first = new ArrayList<>(firstOrders(out).values());
        assertEquals(3, first.size(), "buy 10, sell 5, sell 5, then flat and never re-entered");
        assertOrder(first.get(0), "Buy", 10, "91.23", ExecType.Market);
        // the sample passes the current close as price even to its market sells
        assertOrder(first.get(1), "Sell", 5, "102.0", ExecType.Market);
        assertOrder(first.get(2), "Sell", 5, "102.5", ExecType.Market);
        List<String> completed = orders(out).stream().filter(o -> o.get("Status").equals("Completed"))
                .map(o -> o.get("Executed")).toList();
        // the market buy placed on bar 3 fills at bar 4's open (102.0), the sells at bars 5 and 6
        assertEquals(List.of("size 10, price 102.0, comm 0.0", "size -5, price 102.5, comm 0.0",
                "size -5, price 103.0, comm 0.0"), completed);
    }

    @Test
    void aWorkingBuyReattachedFromTheJournalIsTheRunsEntryNotASecondBuy() {
        // a restarted run is notified, before any data is live, of a buy the killed process placed and
        // that still works (IbBroker re-attaches it from the journal, owned by the strategy)
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Cerebro cerebro = new Cerebro();
        cerebro.addData(new ScriptedLiveFeed());
        IbtestStrategy ibtest = new IbtestStrategy(trading(), new PrintStream(buf, true, StandardCharsets.UTF_8),
                cerebro::runstop, () -> cerebro.loop().now(), () -> ZoneOffset.UTC, () -> null, ref -> null);
        cerebro.addStrategy(ibtest);
        cerebro.addStrategy(new Strategy() {
            @Override
            protected void next() {
                if (len() == 1) {
                    ibtest.addNotification(Order.create(900, true, ibtest, data(), 10,
                            OrderArgs.of().exectype(ExecType.Limit).price(50.0)));
                }
            }
        });
        cerebro.run();
        List<String> out = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("900"), List.copyOf(firstOrders(out).keySet()),
                "the re-attached buy stands for the entry: no buy of this run beside it, and no sell while flat");
    }

    @Test
    void donotsellKeepsThePosition() {
        IbtestStrategy.Params p = trading();
        p.donotsell = true;
        List<Printed> first = new ArrayList<>(firstOrders(run(p, null)).values());
        assertEquals(1, first.size());
        assertOrder(first.get(0), "Buy", 10, "91.23", ExecType.Market);
    }

    @Test
    void aLimitEntryIsCancelledAfterTheGivenLiveBars() {
        IbtestStrategy.Params p = trading();
        p.exectype = ExecType.Limit;
        p.cancel = 2;
        List<String> out = run(p, null);
        Map<String, Printed> first = firstOrders(out);
        assertEquals(1, first.size(), "a cancelled entry is not retried");
        assertOrder(first.values().iterator().next(), "Buy", 10, "91.23", ExecType.Limit);
        List<String> statuses = orders(out).stream().map(o -> o.get("Status")).toList();
        assertEquals("Canceled", statuses.get(statuses.size() - 1));
        // entry on live bar 1; the cancel goes out once more than 2 live bars have passed: on bar 5
        long barsBeforeCancel = out.subList(0, out.indexOf(out.stream().filter(l -> l.equals("Status: Canceled"))
                .findFirst().orElseThrow())).stream().filter(l -> l.matches("\\d{4}, 2024-01-05T.*")).count();
        assertEquals(5, barsBeforeCancel);
    }

    @Test
    void bracketAddsAStopBelowAndALimitAboveTheEntry() {
        IbtestStrategy.Params p = trading();
        p.exectype = ExecType.Limit;
        p.bracket = true;
        List<Printed> first = new ArrayList<>(firstOrders(run(p, null)).values());
        assertEquals(3, first.size());
        assertOrder(first.get(0), "Buy", 10, "91.23", ExecType.Limit);
        assertOrder(first.get(1), "Sell", 10, "82.11", ExecType.Stop);
        assertOrder(first.get(2), "Sell", 10, "111.51", ExecType.Limit);
    }

    @Test
    void ocaPairsTwoLimitBuys() {
        IbtestStrategy.Params p = trading();
        p.oca = true; // forces a Limit entry whatever the exectype
        List<Printed> first = new ArrayList<>(firstOrders(run(p, null)).values());
        assertEquals(2, first.size());
        assertOrder(first.get(0), "Buy", 10, "91.23", ExecType.Limit);
        assertOrder(first.get(1), "Buy", 10, "81.1", ExecType.Limit);
    }

    @Test
    void trailingStopsFollowTheSample() {
        IbtestStrategy.Params trail = trading();
        trail.exectype = ExecType.Limit;
        trail.stoptrail = true;
        trail.trailamount = 1.5;
        List<Printed> t = new ArrayList<>(firstOrders(run(trail, null)).values());
        assertEquals(2, t.size());
        assertOrder(t.get(1), "Sell", 10, "None", ExecType.StopTrail);
        assertEquals("1.5", t.get(1).get("TrailAmount"));

        IbtestStrategy.Params limit = trading();
        limit.exectype = ExecType.Limit;
        limit.stoptraillimit = true;
        limit.trailamount = 1.5;
        limit.limitoffset = 0.25;
        List<Printed> l = new ArrayList<>(firstOrders(run(limit, null)).values());
        assertEquals(2, l.size());
        // price = round(101.37 − 1.5, 2) = 99.87, plimit = 99.87 + 0.25 = 100.12; backtrader's Order.__str__
        // prints both arguments as given (the trail-adjusted working levels live in order.created)
        assertOrder(l.get(1), "Sell", 10, "99.87", ExecType.StopTrailLimit);
        assertEquals(100.12, Double.parseDouble(l.get(1).get("Price Limit")), 1e-9);
    }

    @Test
    void withoutLiveDataItNeverTrades() {
        IbtestStrategy.Params p = trading();
        p.stopafter = 1; // stops on the first live bar, before trading on it
        List<String> out = run(p, null);
        assertEquals(LIVE_BAR, barLines(out).size());
        assertFalse(out.stream().anyMatch(l -> l.contains("ORDER BEGIN")));
    }

    private static void assertOrder(Printed o, String side, int size, String price, ExecType type) {
        assertEquals(side, o.get("OrdType"), o.fields().toString());
        assertEquals(size, Math.abs(Integer.parseInt(o.get("Size"))), o.fields().toString());
        assertEquals(price, o.get("Price"), o.fields().toString());
        assertEquals(type.name(), o.get("ExecType"), o.fields().toString());
    }
}
