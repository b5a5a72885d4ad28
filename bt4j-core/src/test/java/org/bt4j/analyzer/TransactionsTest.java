package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.junit.jupiter.api.Test;

/**
 * {@link Transactions} on backtrader's analyzer anchor run: every entry is
 * {@code [amount, price, sid, symbol, -amount * price]}, and there is one fill to open and one to
 * close each trade {@link TradeAnalyzer} reports.
 */
class TransactionsTest {

    @SuppressWarnings("unchecked")
    @Test
    void oneEntryPerFillWithValueMinusAmountTimesPrice() throws Exception {
        Map<String, Object> tx = AnalyzerAnchors.run(new Cerebro(), new Transactions());
        long fills = 0;
        double position = 0;
        for (Object day : tx.values()) {
            for (List<Object> e : (List<List<Object>>) day) {
                assertEquals(5, e.size(), e.toString());
                double amount = ((Number) e.get(0)).doubleValue();
                double price = ((Number) e.get(1)).doubleValue();
                assertEquals(-amount * price, ((Number) e.get(4)).doubleValue(), 0.0, e.toString());
                position += amount;
                fills++;
            }
        }
        Map<String, Object> total = (Map<String, Object>) AnalyzerAnchors.run(new Cerebro(), new TradeAnalyzer())
                .get("total");
        long closed = ((Number) total.get("closed")).longValue();
        long open = ((Number) total.get("open")).longValue();
        assertEquals(2 * closed + open, fills);
        assertEquals(open == 0, position == 0, "position " + position + " with " + open + " open trades");
    }
}
