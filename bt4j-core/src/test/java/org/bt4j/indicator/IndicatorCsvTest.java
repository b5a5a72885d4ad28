package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link IndicatorCsv}: the {@code bt4j indicator} output format. */
class IndicatorCsvTest {

    @Test
    void headerThenOneRowPerBarWithPythonReprs() {
        ArrayFeed feed = ArrayFeed.ofCloses(1, 2, 4);
        Runs.Result r = Runs.run(IndicatorRun.Mode.ONCE, feed, f -> new BollingerBands(f.close(), 2, 1.0, MovAv.SMA));
        StringBuilder out = new StringBuilder();
        IndicatorCsv.write(feed, r.indicator(), out);
        // mid = 1.5, 3; population sd 0.5, 1
        assertEquals("datetime,mid,top,bot\n"
            + "1970-01-01T00:00:00,nan,nan,nan\n"
            + "1970-01-02T00:00:00,1.5,2.0,1.0\n"
            + "1970-01-03T00:00:00,3.0,4.0,2.0\n", out.toString());
    }

    @Test
    void datetimesAreInTheFeedsZone() {
        ArrayFeed feed = ArrayFeed.ofCloses(1, 2);
        feed.tz(java.time.ZoneId.of("America/New_York"));
        Runs.Result r = Runs.run(IndicatorRun.Mode.NEXT, feed, f -> new Delay(f.close(), 1));
        StringBuilder out = new StringBuilder();
        IndicatorCsv.write(feed, r.indicator(), out);
        // midnight UTC is 19:00 the day before in New York (EST)
        assertEquals("datetime,delay\n1969-12-31T19:00:00,nan\n1970-01-01T19:00:00,1.0\n", out.toString());
    }
}
