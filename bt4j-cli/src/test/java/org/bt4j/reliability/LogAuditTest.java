package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bt4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Log audit: a short {@code bt4j ibtest --sim --broker --trade} session (the built-in gateway with its
 * default account DU1234567, a market buy that fills in parts, then the sell) is run with the root
 * logger at INFO and every event captured. No event above DEBUG may name the account or carry order
 * details: an order, its status, an execution or a commission report, or an order or execution id.
 * Those belong at DEBUG. The same session runs again through each fault the simulated TWS can script
 * on it (a connectivity loss with data lost, a market-data farm outage, the socket dropped and the
 * client reconnecting; the first two under {@code -Psoak}): the same holds, the fault's lines are
 * there, and every line above DEBUG is one line with no stack trace. Threading: one session at a time, on the test thread (which becomes
 * the engine thread).
 */
class LogAuditTest {

    private static final String ACCOUNT = "DU1234567";

    /** Texts that only appear when an order-carrying wire message or field is rendered into a line. */
    private static final List<String> ORDER_DETAILS = List.of("PlaceOrder[", "OpenOrder[", "OrderStatus[",
            "ExecDetails[", "Execution[", "CommissionReport[", "Order[", "CancelOrder[", "orderId=", "permId=",
            "execId=", "avgFillPrice", "lmtPrice", "totalQuantity");

    /** The trading session every audit runs, before its fault option. */
    private static final List<String> SESSION = List.of("ibtest", "--sim", "--data0", "TWTR-STK-SMART-USD",
            "--resample", "--timeframe", "Seconds", "--compression", "1", "--no-backfill_start", "--broker", "--trade",
            "--stopafter", "6", "--clientId", "41", "--sim-participation", "0.05");

    /** What a session printed and logged. */
    private record Session(int rc, String stdout, List<String> lines, List<String> traces) {

        /** Nothing above DEBUG names the account or carries order details. */
        void assertNothingPrivate() {
            assertTrue(lines.stream().anyMatch(l -> l.contains("org.bt4j.gateway")),
                    "the gateway's INFO events were captured: " + lines);
            List<String> leaks = new ArrayList<>();
            for (String l : lines) {
                if (l.contains(ACCOUNT) || ORDER_DETAILS.stream().anyMatch(l::contains)) {
                    leaks.add(l);
                }
            }
            assertEquals(List.of(), leaks, "log lines above DEBUG with the account code or order details");
        }
    }

    @Test
    void noAccountCodeOrOrderDetailsAboveDebug() {
        Session s = run();
        assertEquals(0, s.rc(), s.stdout());
        assertTrue(s.stdout().contains("Status: Completed"), "the session traded: an order completed");
        s.assertNothingPrivate();
    }

    /**
     * Each fault 3 s after the gateway starts (the client is live by then) with what the client must
     * have seen of it and the gateway's lines it must have caused. Every build runs the dropped socket
     * (closing reason, reconnection, second handshake); {@code -Psoak} adds the connectivity loss and
     * the farm outage (each session takes about 30 s).
     */
    static Stream<Arguments> faults() {
        Stream<Arguments> drop = Stream.of(Arguments.of("3s:drop", "STORE NOTIF: <disconnected:",
                List.of("fault injected: DROP", "fault injection: socket dropped", "clientId 41 disconnected",
                        "(clientId 41) from")));
        if (!Boolean.getBoolean("bt4j.soak")) {
            return drop;
        }
        return Stream.concat(drop, Stream.of(
                Arguments.of("3s:connloss:4s:lost", "errorCode=1101", List.of("fault injected: CONNLOSS_LOST")),
                Arguments.of("3s:farm:market:4s", "errorCode=2103", List.of("fault injected: FARM_MARKET"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void throughAFaultEveryLineIsOneLineAndNothingPrivate(String fault, String clientSaw, List<String> logged) {
        Session s = run("--sim-fault", fault);
        assertEquals(0, s.rc(), s.stdout());
        assertTrue(s.stdout().contains(clientSaw), "the client saw the fault ('" + clientSaw + "'):\n" + s.stdout());
        assertTrue(s.stdout().contains("ORDER BEGIN"), "the session placed orders:\n" + s.stdout());
        s.assertNothingPrivate();
        for (String e : logged) {
            assertTrue(s.lines().stream().anyMatch(l -> l.contains(e)), "no log line with '" + e + "': " + s.lines());
        }
        List<String> multi = s.lines().stream().filter(l -> l.contains("\n") || l.contains("\r")).toList();
        assertEquals(List.of(), multi, "log lines above DEBUG that span several lines");
        assertEquals(List.of(), s.traces(), "log lines above DEBUG with a stack trace during an expected fault");
    }

    /** Runs the session (plus {@code extra} options) with the root logger at INFO and every event captured. */
    private static Session run(String... extra) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level oldLevel = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(root.getLoggerContext());
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.INFO);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(SESSION);
        args.addAll(List.of(extra));
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            rc = Main.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.setLevel(oldLevel);
            root.detachAppender(captured);
            captured.stop();
        }
        List<String> lines = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        for (ILoggingEvent e : captured.list) {
            if (e.getLevel().isGreaterOrEqual(Level.INFO)) {
                String line = e.getLevel() + " " + e.getLoggerName() + " - " + render(e);
                lines.add(line);
                if (e.getThrowableProxy() != null) {
                    traces.add(line);
                }
            }
        }
        return new Session(rc, out.toString(StandardCharsets.UTF_8), lines, traces);
    }

    /** The formatted message and the messages of its throwable chain. */
    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
