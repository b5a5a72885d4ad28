package org.bt4j.feed;

import java.nio.file.Path;
import org.bt4j.time.StrptimeFormat;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code BacktraderCSVData}: rows of {@code YYYY-MM-DD[,HH:MM:SS],O,H,L,C,V,OI}. A row
 * of eight fields carries a time of day; a row of seven is stamped at the session end
 * (23:59:59.999990 by default). Times are naive in the feed's {@link #tz()}. Engine thread only;
 * its row parsers run on any one thread each.
 */
public final class BacktraderCsvFeed extends CsvFeed {

    private static final StrptimeFormat DATE = StrptimeFormat.of("%Y-%m-%d");
    private static final StrptimeFormat TIME = StrptimeFormat.of("%H:%M:%S");

    /** A BacktraderCSV feed over {@code path}. */
    public BacktraderCsvFeed(Path path) {
        super(path);
    }

    @Override
    protected RowParser rowParser() {
        ZoneConverter zone = ZoneConverter.of(tz());
        long sessionEnd = sessionEnd().toNanoOfDay();
        return (row, bar) -> {
            long local;
            int c;
            if (row.size() == 8) {
                local = row.dateAndTime(0, DATE, 1, TIME);
                c = 2;
            } else {
                local = row.time(0, DATE, "date") + sessionEnd;
                c = 1;
            }
            double open = row.number(c, "open");
            double high = row.number(c + 1, "high");
            double low = row.number(c + 2, "low");
            double close = row.number(c + 3, "close");
            double volume = row.number(c + 4, "volume");
            double oi = row.number(c + 5, "openinterest");
            bar.set(zone.toUtc(local), open, high, low, close, volume, oi);
            return local;
        };
    }
}
