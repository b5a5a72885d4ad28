package org.bt4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * {@link LiveGateway} run to its end on loopback: with the simulated TWS started in-process on a
 * free port and one virtual clock (the default a user gets with {@code --virtual}), and connected
 * to a gateway started apart, as {@code bt4j gateway} is, on the wall clock.
 */
class LiveGatewayTest {

    private static List<String> run(int expectedCode, String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            assertEquals(expectedCode, LiveGateway.run(ps, args), buf.toString(StandardCharsets.UTF_8));
        }
        return buf.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Live notifications, then every trade: a buy and a sell completed, each round trip closed. */
    private static void tradedLive(List<String> out, int trades) {
        String text = String.join("\n", out);
        assertTrue(out.stream().anyMatch(l -> l.matches("\\*\\*\\*\\*\\* DATA NOTIF: LIVE after \\d+ backfilled bars")), text);
        assertTrue(out.stream().anyMatch(l -> l.startsWith("***** STORE NOTIF: ")), text);
        assertTrue(out.stream().anyMatch(l -> l.startsWith("BAR ")), "bars after the backfill\n" + text);
        assertEquals(trades, out.stream().filter(l -> l.matches("ORDER \\d+ BUY Completed 10 @ \\d+\\.\\d\\d")).count(), text);
        assertEquals(trades, out.stream().filter(l -> l.matches("ORDER \\d+ SELL Completed -10 @ \\d+\\.\\d\\d")).count(), text);
        assertEquals(trades, out.stream().filter(l -> l.startsWith("TRADE CLOSED pnl ")).count(), text);
        assertTrue(out.get(out.size() - 1).startsWith(trades + " trade(s) closed, value "), text);
        assertEquals(trades, out.stream().filter(l -> l.startsWith("BUY ")).count(), "no order once the run is stopping");
    }

    @Test
    void inProcessGatewayOnAVirtualClockTradesToTheEnd() {
        List<String> out = run(0, "--virtual");
        tradedLive(out, 2);
        assertEquals(out, run(0, "--virtual"), "virtual time: the same lines on every run");
    }

    @Test
    void connectsToAGatewayRunningApart() {
        try (Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).statePath(null)
                .followHours(false).build())) {
            tradedLive(run(0, "--port", Integer.toString(gw.port()), "--clientId", "7", "--hold", "1", "--trades", "1"), 1);
        }
    }
}
