package org.bt4j.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.gateway.GatewayConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * backtrader's own {@code samples/ibtest/ibtest.py}, unmodified, with IbPy (the legacy pre-v100
 * protocol: a bare client version, un-framed messages, TWS 9.x's per-message versions) against the
 * gateway, as in the seed post: {@code --data0 TWTR --resample --timeframe Seconds --compression 5},
 * then again with {@code --broker --trade --stake 20000}. The lines checked are the seed post's:
 * server version 76, the farm notices 2104/2106, {@code DELAYED}, the backfilled 5-second bars,
 * {@code LIVE}, and the order blocks (Submitted, Accepted, Partial, Completed) of the buy and of the
 * two sells. The seed's {@code ***** DATA NOTIF: CONNECTED} cannot be printed by the backtrader kept in
 * the peers (1.9.78): its {@code AbstractDataBase.start} sets {@code _laststatus = CONNECTED}, so
 * IBData's {@code put_notification(CONNECTED)} is dropped whatever the server does.
 *
 * <p>The gateway runs with its default settings: backtrader backfills with 7200 S of 5-second bars,
 * which current TWS's step-size table refuses but the seed's TWS answered, and the gateway answers it
 * for a pre-v100 client as TWS 9.x did. Its clock starts on a Wednesday morning ({@link PeerGateway}),
 * so this runs on any day. The two sessions run side by side, each against its own gateway.
 */
@Tag("peers")
@Execution(ExecutionMode.CONCURRENT)
class BacktraderIbtestTest {

    private static final String SEED_ARGS = "--data0 TWTR --resample --timeframe Seconds --compression 5";

    @Test
    void ibtestPrintsTheSeedPostsLines() throws IOException, InterruptedException {
        List<String> out = ibtest("ibtest", 6, "");
        assertCommonLines(out);
        int live = out.indexOf("***** DATA NOTIF: LIVE");
        long liveBars = out.subList(live, out.size()).stream().filter(l -> l.startsWith("Data0, ")).count();
        assertTrue(liveBars >= 5, "live bars after LIVE: " + liveBars);
    }

    @Test
    void ibtestTradesAsInTheSeedPost() throws IOException, InterruptedException {
        List<String> out = ibtest("ibtest-trade", 24, " --broker --trade --stake 20000");
        assertCommonLines(out);
        Map<String, List<String>> statuses = new LinkedHashMap<>(); // "ref action" -> statuses in order
        String status = null;
        String ref = null;
        for (String l : out) {
            if (l.startsWith("-------------------------------------------------- ORDER BEGIN")) {
                status = null;
                ref = null;
            } else if (l.startsWith("Status: ") && !Character.isDigit(l.charAt(8))) {
                status = l.substring(8);
            } else if (l.startsWith("Ref: ")) {
                ref = l.substring(5);
            } else if (l.startsWith("Action: ") && status != null) {
                statuses.computeIfAbsent(ref + " " + l.substring(8), k -> new ArrayList<>()).add(status);
            }
        }
        List<String> orders = new ArrayList<>(statuses.keySet());
        assertEquals(3, orders.size(), "orders: " + statuses);
        assertTrue(orders.get(0).endsWith(" BUY") && orders.get(1).endsWith(" SELL") && orders.get(2).endsWith(" SELL"),
                "one buy, then two sells: " + orders);
        List<String> buy = statuses.get(orders.get(0));
        assertEquals(List.of("Submitted", "Accepted"), buy.subList(0, 2), "buy: " + buy);
        assertTrue(buy.contains("Partial"), "the 20000-share buy fills in parts: " + buy);
        assertEquals("Completed", buy.get(buy.size() - 1), "buy: " + buy);
        for (String sell : orders.subList(1, 3)) {
            List<String> s = statuses.get(sell);
            assertEquals(List.of("Submitted", "Accepted"), s.subList(0, 2), sell + ": " + s);
            assertEquals("Completed", s.get(s.size() - 1), sell + ": " + s);
        }
        assertTrue(out.contains("Size (ib): 20000") && out.contains("Size (ib): 10000"), "a buy of 20000, sells of 10000");
    }

    /** Runs ibtest.py against a fresh gateway until {@code stopafter} live bars; returns its lines. */
    private static List<String> ibtest(String name, int stopafter, String extra) throws IOException, InterruptedException {
        Path peers = Peers.require();
        Path ibtest = peers.resolve("backtrader").resolve("samples").resolve("ibtest").resolve("ibtest.py");
        try (PeerGateway gw = new PeerGateway(GatewayConfig.builder())) {
            String args = "--port " + gw.port() + " " + SEED_ARGS + " --stopafter " + stopafter + extra;
            String out = new PythonPeer(peers, name, "backtrader", "ibpy").runProgram(ibtest, args.split(" "));
            System.out.println("[interop] " + name + ": " + out.lines().filter(l -> !l.startsWith("Data0, ")).count()
                    + " lines besides " + out.lines().filter(l -> l.startsWith("Data0, ")).count() + " bars");
            return out.lines().toList();
        }
    }

    private static void assertCommonLines(List<String> out) {
        assertFalse(out.stream().anyMatch(l -> l.contains("Traceback") || l.contains("ERROR")), "errors: " + out);
        assertTrue(out.contains("Server Version: 76"), "the legacy server version: " + head(out));
        assertTrue(out.get(1).startsWith("TWS Time at connection:2026"), head(out));
        assertTrue(out.contains("***** STORE NOTIF: <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>"),
                head(out));
        assertTrue(out.contains("***** STORE NOTIF: <error id=-1, errorCode=2106, errorMsg=HMDS data farm connection is OK:ushmds>"),
                head(out));
        int delayed = out.indexOf("***** DATA NOTIF: DELAYED");
        int live = out.indexOf("***** DATA NOTIF: LIVE");
        assertTrue(delayed > 0 && live > delayed, "DELAYED, then LIVE: " + head(out));
        List<LocalDateTime> backfill = new ArrayList<>();
        for (String l : out.subList(delayed, live)) {
            if (l.startsWith("Data0, ")) {
                backfill.add(LocalDateTime.parse(l.split(", ")[3]));
            }
        }
        assertTrue(backfill.size() > 100, "backfilled bars: " + backfill.size());
        assertTrue(out.get(delayed + 1).startsWith("Data0, 0001, "), "the first bar follows DELAYED: " + head(out));
        for (int i = 1; i < backfill.size(); i++) {
            long step = ChronoUnit.SECONDS.between(backfill.get(i - 1), backfill.get(i));
            assertTrue(step > 0 && step % 5 == 0 && backfill.get(i).getSecond() % 5 == 0,
                    "5-second bars: " + backfill.get(i - 1) + " then " + backfill.get(i));
        }
    }

    private static String head(List<String> out) {
        return String.join("\n", out.subList(0, Math.min(out.size(), 16)));
    }
}
