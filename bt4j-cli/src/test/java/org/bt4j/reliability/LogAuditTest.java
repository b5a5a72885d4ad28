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
import org.bt4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Log audit: a short {@code bt4j ibtest --sim --broker --trade} session (the built-in gateway with its
 * default account DU1234567, a market buy that fills in parts, then the sell) is run with the root
 * logger at INFO and every event captured. No event above DEBUG may name the account or carry order
 * details: an order, its status, an execution or a commission report, or an order or execution id.
 * Those belong at DEBUG. Threading: one session, on the test thread (which becomes the engine thread).
 */
class LogAuditTest {

    private static final String ACCOUNT = "DU1234567";

    /** Texts that only appear when an order-carrying wire message or field is rendered into a line. */
    private static final List<String> ORDER_DETAILS = List.of("PlaceOrder[", "OpenOrder[", "OrderStatus[",
            "ExecDetails[", "Execution[", "CommissionReport[", "Order[", "CancelOrder[", "orderId=", "permId=",
            "execId=", "avgFillPrice", "lmtPrice", "totalQuantity");

    @Test
    void noAccountCodeOrOrderDetailsAboveDebug() {
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
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            rc = Main.commandLine().execute("ibtest", "--sim", "--data0", "TWTR-STK-SMART-USD", "--resample",
                    "--timeframe", "Seconds", "--compression", "1", "--no-backfill_start", "--broker", "--trade",
                    "--stopafter", "6", "--clientId", "41", "--sim-participation", "0.05");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.setLevel(oldLevel);
            root.detachAppender(captured);
            captured.stop();
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, stdout);
        assertTrue(stdout.contains("Status: Completed"), "the session traded: an order completed");

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : captured.list) {
            if (e.getLevel().isGreaterOrEqual(Level.INFO)) {
                lines.add(e.getLevel() + " " + e.getLoggerName() + " - " + render(e));
            }
        }
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

    /** The formatted message and the messages of its throwable chain. */
    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
