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
