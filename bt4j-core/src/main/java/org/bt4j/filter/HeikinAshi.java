package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;

/**
 * backtrader's {@code HeikinAshi} filter: rewrites each bar as a Heikin-Ashi candle. Close = mean
 * of O, H, L, C; open = mean of the previous candle's open and close ((O + C) / 2 for the first);
 * high = max(open, H, close); low = min(open, L, close). Volume and open interest pass through.
 * Engine thread only.
 */
public final class HeikinAshi extends DerivedFeed {

    private final Bar out = new Bar();
    private boolean first = true;
    private double prevOpen;
    private double prevClose;

    /** Heikin-Ashi candles of {@code source}. */
    public HeikinAshi(DataFeed source) {
        super(source);
    }

    @Override
    protected void onSource(Bar x) {
        double haClose = (x.open + x.high + x.low + x.close) / 4.0;
        double haOpen = first ? (x.open + x.close) / 2.0 : (prevOpen + prevClose) / 2.0;
        first = false;
        double high = Math.max(Math.max(haOpen, x.high), haClose);
        double low = Math.min(Math.min(haOpen, x.low), haClose);
        prevOpen = haOpen;
        prevClose = haClose;
        emit(out.set(x.time, haOpen, high, low, haClose, x.volume, x.openInterest), true);
    }
}
