package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.broker.Trade;

/**
 * backtrader's {@code SQN} (System Quality Number, Van K. Tharp):
 * {@code sqrt(N) * mean(pnlcomm) / stddev(pnlcomm)} over the closed trades, 0 with fewer than two
 * trades: {@code {sqn, trades}}. Engine thread only.
 */
public final class SQN extends AnalyzerBase {

    /** backtrader's {@code SQN} has no parameters. */
    @Override
    public java.util.Map<String, Object> params() {
        return java.util.Map.of();
    }


    private final List<Double> pnl = new ArrayList<>();
    private int count;

    @Override
    protected void onStart() {
        rets.put("sqn", 0.0);
        rets.put("trades", 0);
        pnl.clear();
        count = 0;
    }

    @Override
    protected void onTrade(Trade trade) {
        if (trade.isClosed()) {
            pnl.add(trade.pnlcomm());
            count++;
        }
    }

    @Override
    protected void onStop() {
        Object sqn;
        if (count > 1) {
            double avg = average(pnl, false);
            double dev = standardDev(pnl, null, false);
            sqn = dev == 0 ? null : Math.sqrt(pnl.size()) * avg / dev;
        } else {
            sqn = 0;
        }
        rets.put("sqn", sqn);
        rets.put("trades", count);
    }
}
