package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.order.Order;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultRecorder}: a {@link Backtest} strategy keeps only live orders and open trades (every mode), yet
 * the recorded result still lists every order and trade, equal to backtrader's golden output
 * (the same comparison as {@link GoldenBacktestsTest}).
 */
class ResultRecorderTest {

    @Test
    void noModeKeepsFinishedOrdersButTheResultRecordsThemAll() throws Exception {
        for (Backtest.Mode m : Backtest.Mode.values()) {
            check(m);
        }
    }

    @Test
    void handsOverOnlyFinalRowsInRefOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // bracket orders stay live while later ones complete: the rows handed over stop at the
        // first live one, and the rest follow after the run, so the streamed document (written
        // from the hand-overs) equals the one written from the finished rows
        for (Backtest.Mode m : Backtest.Mode.values()) {
            try (ResultStreamer s = ResultStreamer.open(0, dir)) {
                Backtest.Result r = GoldenBacktestsTest.fromArgs(List.of("backtest", "--data", "data/minute-s2.csv",
                    "--timeframe", "Minutes", "--strategy", "bracket", "--param", "sl=0.005", "--param", "tp=0.01"))
                    .mode(m).alongside(s).run();
                java.io.StringWriter streamed = new java.io.StringWriter();
                s.write(r, streamed);
                assertEquals(r.json(), streamed.toString(), m.name());
                assertTrue(s.elementsAlongside() >= ResultRecorder.BATCH, m + ": " + s.elementsAlongside());
                assertTrue(s.elementsAlongside() < r.summary().orderCount(), m + ": " + s.elementsAlongside());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Backtest.Mode mode) throws Exception {
        List<Object> args = List.of("backtest", "--data", "data/daily-s1.csv", "--strategy", "bracket", "--json");
        Backtest.Result r = GoldenBacktestsTest.fromArgs(args).mode(mode).run();
        for (Order o : r.strategy().orders()) {
            assertTrue(o.isAlive(), "only live orders are held: " + o);
        }
        assertTrue(r.summary().orderCount() > r.strategy().orders().size() + 10);
        Map<String, Object> expected = (Map<String, Object>) TestJson.parse(
            GoldenBacktestsTest.read("expected/backtest/bt-daily-s1-bracket.json"));
        assertEquals(((List<Object>) expected.get("orders")).size(), r.summary().orderCount());
        Map<String, Object> actual = (Map<String, Object>) TestJson.parse(r.json());
        assertEquals(null, TestJson.diff(expected, actual, "bracket " + mode));
    }
}
