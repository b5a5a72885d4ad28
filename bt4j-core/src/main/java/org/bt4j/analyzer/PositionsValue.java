package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code PositionsValue}: per bar, keyed by data 0's date, the value of the position
 * in each data (plus the cash with {@code cash}); {@code headers} adds a first entry
 * {@code Datetime: [names..., cash]}. Engine thread only.
 */
public final class PositionsValue extends AnalyzerBase {

    private boolean headers;
    private boolean cash;

    /** Add a header row with the data names. */
    public PositionsValue headers(boolean on) {
        this.headers = on;
        return this;
    }

    /** Append the cash to each row. */
    public PositionsValue cash(boolean on) {
        this.cash = on;
        return this;
    }

    @Override
    protected void onStart() {
        if (headers) {
            List<Object> names = new ArrayList<>();
            int i = 0;
            for (DataFeed d : strategy.datas()) {
                names.add(d.name() == null || d.name().isEmpty() ? "Data" + i : d.name());
                i++;
            }
            if (cash) {
                names.add("cash");
            }
            rets.put("Datetime", names);
        }
    }

    @Override
    protected void onNext() {
        List<Object> row = new ArrayList<>(strategy.datas().size() + 1);
        for (DataFeed d : strategy.datas()) {
            row.add(strategy.broker().getValue(d));
        }
        if (cash) {
            row.add(strategy.broker().getCash());
        }
        rets.put(key(local(data.datetime(0)).toLocalDate().atStartOfDay()), row);
    }
}
