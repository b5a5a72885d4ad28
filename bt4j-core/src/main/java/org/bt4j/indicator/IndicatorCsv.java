package org.bt4j.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;
import org.bt4j.util.PyFormat;

/**
 * Writes an indicator computed over a whole (unbounded) feed as {@code bt4j indicator} prints it:
 * {@code datetime,<line names>} then one row per bar, datetimes {@code %Y-%m-%dT%H:%M:%S} in the
 * feed's zone, numbers as Python's {@code repr} ({@code nan} during warm-up). Engine thread only.
 */
public final class IndicatorCsv {

    private IndicatorCsv() {
    }

    /** Writes every bar of {@code feed} with the values of {@code indicator}. */
    public static void write(DataFeed feed, Indicator indicator, Appendable out) {
        try {
            StringBuilder row = new StringBuilder(128).append("datetime");
            for (int k = 0; k < indicator.lineCount(); k++) {
                row.append(',').append(indicator.lineName(k));
            }
            out.append(row).append('\n');
            ZoneConverter zone = ZoneConverter.of(feed.tz());
            long[] times = feed.datetime().array();
            double[][] lines = new double[indicator.lineCount()][];
            for (int k = 0; k < lines.length; k++) {
                lines[k] = indicator.line(k).buffer().array();
            }
            int n = feed.size();
            for (int i = 0; i < n; i++) {
                row.setLength(0);
                EpochNanos.appendIsoSeconds(row, zone.toLocal(times[i]));
                for (double[] line : lines) {
                    row.append(',').append(PyFormat.repr(line[i]));
                }
                out.append(row).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
