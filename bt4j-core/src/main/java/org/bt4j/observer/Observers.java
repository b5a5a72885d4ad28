package org.bt4j.observer;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.DataFeed;

/**
 * The default observer set (backtrader's {@code stdstats}): {@link Broker}, one {@link BuySell}
 * per data (markers placed beside the bar, {@code barplot}), and {@link Trades} for one data or
 * {@link DataTrades} for several. Stateless; thread-safe.
 */
public final class Observers {

    private Observers() {
    }

    /** New instances of the default set for a run over {@code datas}. */
    public static List<Observer> standard(List<DataFeed> datas) {
        List<Observer> out = new ArrayList<>(datas.size() + 2);
        out.add(new Broker());
        for (DataFeed d : datas) {
            out.add(new BuySell(d, true, BuySell.DEFAULT_BARDIST));
        }
        out.add(datas.size() == 1 ? new Trades() : new DataTrades(datas));
        return out;
    }
}
