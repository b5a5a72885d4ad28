package org.bt4j.resample;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;
import org.bt4j.util.PyFormat;

/**
 * Writes the output of {@code bt4j resample} (golden README §2): one CSV row per {@code next()} of
 * a strategy that only watches the resampled feed. Resample rows are
 * {@code datetime,open,high,low,close,volume,openinterest}; replay rows start with the strategy's
 * {@code len}. Datetimes are {@code %Y-%m-%dT%H:%M:%S} in the feed's zone, numbers Python's
 * {@code repr}. Stateless; runs on the calling thread.
 */
public final class ResampleWriter {

    private ResampleWriter() {
    }

    /** Runs {@code feed} to its end, writing the rows to {@code out}; returns the number of rows. */
    public static long write(AggregatedFeed feed, Appendable out) {
        boolean replay = feed instanceof ReplayedFeed;
        ZoneConverter zone = ZoneConverter.of(feed.tz());
        StringBuilder row = new StringBuilder(128);
        long rows = 0;
        try {
            out.append(replay ? "len,datetime,open,high,low,close,volume,openinterest\n"
                : "datetime,open,high,low,close,volume,openinterest\n");
            feed.start();
            while (feed.next()) {
                row.setLength(0);
                if (replay) {
                    row.append(feed.len()).append(',');
                }
                EpochNanos.appendIsoSeconds(row, zone.toLocal(feed.datetime(0)));
                row.append(',').append(PyFormat.repr(feed.open().get(0)))
                    .append(',').append(PyFormat.repr(feed.high().get(0)))
                    .append(',').append(PyFormat.repr(feed.low().get(0)))
                    .append(',').append(PyFormat.repr(feed.close().get(0)))
                    .append(',').append(PyFormat.repr(feed.volume().get(0)))
                    .append(',').append(PyFormat.repr(feed.openInterest().get(0)))
                    .append('\n');
                out.append(row);
                rows++;
            }
            feed.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
