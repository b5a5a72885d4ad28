package org.bt4j.observer;

import java.util.List;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code DataTrades} observer, used instead of {@link Trades} when a run has several
 * datas: one line per data (named after the data), holding the gross profit of a trade on that
 * data on the bar it closed, NaN on other bars. Engine thread only.
 */
public final class DataTrades extends Observer {

    private final List<DataFeed> datas;
    private final double[] pending;

    /** One line per data of {@code datas}, in order. */
    public DataTrades(List<DataFeed> datas) {
        super(true, names(datas));
        this.datas = List.copyOf(datas);
        this.pending = new double[datas.size()];
        java.util.Arrays.fill(pending, Double.NaN);
    }

    private static String[] names(List<DataFeed> datas) {
        String[] n = new String[datas.size()];
        for (int i = 0; i < n.length; i++) {
            String name = datas.get(i).name();
            n[i] = name == null || name.isEmpty() ? "data" + i : name;
        }
        return n;
    }

    /** backtrader's {@code usenames} (bt4j always names the lines by the datas). */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("usenames", true);
        return p;
    }

    @Override
    protected void onTrade(Trade trade) {
        if (!trade.isClosed()) {
            return;
        }
        int i = datas.indexOf(trade.data());
        if (i >= 0) {
            pending[i] = trade.pnl();
        }
    }

    @Override
    protected void onNext() {
        for (int i = 0; i < pending.length; i++) {
            out(i).set(0, pending[i]);
            pending[i] = Double.NaN;
        }
    }
}
