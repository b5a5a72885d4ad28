package org.bt4j.feed;

import java.nio.file.Path;
import org.bt4j.time.StrptimeFormat;
import org.bt4j.time.ZoneConverter;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code YahooFinanceCSVData}: rows of {@code Date,Open,High,Low,Close,Adj Close,Volume},
 * stamped at the session end. Rows holding the text {@code null} are skipped. Parameters, with
 * backtrader's defaults: {@code reverse} (false), {@code adjclose} (true: open, high and low are
 * divided by close/adjclose and the close becomes the adjusted close), {@code adjvolume} (true:
 * volume multiplied by that factor), {@code round} (true) to {@code decimals} (2) places,
 * {@code roundvolume} (0) places, {@code swapcloses} (false). Rounding is Python's {@code round}.
 * Open interest is 0. Engine thread only; its row parsers run on any one thread each.
 */
public final class YahooCsvFeed extends CsvFeed {

    private static final StrptimeFormat DATE = StrptimeFormat.of("%Y-%m-%d");

    private boolean adjClose = true;
    private boolean adjVolume = true;
    private boolean round = true;
    private int decimals = 2;
    private int roundVolume = 0;
    private boolean swapCloses;

    /** A Yahoo CSV feed over {@code path} with backtrader's defaults. */
    public YahooCsvFeed(Path path) {
        super(path);
    }

    /** Rows are newest first in the file (backtrader's {@code reverse}). */
    public YahooCsvFeed reverse(boolean reverse) {
        reverseRows(reverse);
        return this;
    }

    /** Adjust prices by the adjusted close (default true). */
    public YahooCsvFeed adjClose(boolean adjClose) {
        this.adjClose = adjClose;
        return this;
    }

    /** Adjust the volume too (default true). */
    public YahooCsvFeed adjVolume(boolean adjVolume) {
        this.adjVolume = adjVolume;
        return this;
    }

    /** Round prices to {@code decimals} places (default true). */
    public YahooCsvFeed round(boolean round) {
        this.round = round;
        return this;
    }

    /** Decimal places for prices (default 2). */
    public YahooCsvFeed decimals(int decimals) {
        this.decimals = decimals;
        return this;
    }

    /** Decimal places for the volume (default 0). */
    public YahooCsvFeed roundVolume(int places) {
        this.roundVolume = places;
        return this;
    }

    /** Exchange close and adjusted close before adjusting (default false). */
    public YahooCsvFeed swapCloses(boolean swap) {
        this.swapCloses = swap;
        return this;
    }

    @Override
    protected RowParser rowParser() {
        ZoneConverter zone = ZoneConverter.of(tz());
        long sessionEnd = sessionEnd().toNanoOfDay();
        boolean adjClose = this.adjClose;
        boolean adjVolume = this.adjVolume;
        boolean round = this.round;
        int decimals = this.decimals;
        int roundVolume = this.roundVolume;
        boolean swapCloses = this.swapCloses;
        return (row, bar) -> {
            for (int i = 1; i < row.size(); i++) {
                if (row.equals(i, "null")) {
                    return RowParser.SKIP;
                }
            }
            long local = row.time(0, DATE, "date") + sessionEnd;
            double o = row.number(1, "open");
            double h = row.number(2, "high");
            double l = row.number(3, "low");
            double c = row.number(4, "close");
            double adjusted = row.number(5, "adj close");
            double v = row.size() > 6 && !row.isEmpty(6) ? row.number(6, "volume") : 0.0;
            if (swapCloses) {
                double t = c;
                c = adjusted;
                adjusted = t;
            }
            double factor = c / adjusted;
            if (adjClose) {
                o /= factor;
                h /= factor;
                l /= factor;
                c = adjusted;
                if (adjVolume) {
                    v *= factor;
                }
            }
            if (round) {
                o = PyFormat.round(o, decimals);
                h = PyFormat.round(h, decimals);
                l = PyFormat.round(l, decimals);
                c = PyFormat.round(c, decimals);
            }
            v = PyFormat.round(v, roundVolume);
            bar.set(zone.toUtc(local), o, h, l, c, v, 0.0);
            return local;
        };
    }
}
