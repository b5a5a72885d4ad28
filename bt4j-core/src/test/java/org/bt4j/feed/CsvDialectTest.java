package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CsvDialect}: what counts as set, the checks, and the feed it configures. */
class CsvDialectTest {

    @TempDir
    Path dir;

    @Test
    void defaultSetsNothingAndAnyWithSetsSomething() {
        assertTrue(CsvDialect.DEFAULT.isDefault());
        assertFalse(CsvDialect.DEFAULT.withDtformat("%Y-%m-%d").isDefault());
        assertFalse(CsvDialect.DEFAULT.withNullValue(Double.NaN).isDefault());
        assertFalse(CsvDialect.DEFAULT.withHeaders(true).isDefault());
        assertFalse(CsvDialect.DEFAULT.withColumn("volume", 5).isDefault());
        assertTrue(CsvDialect.DEFAULT.isDefault(), "the with methods copy");
    }

    @Test
    void badValuesAreRefusedWithTheirReason() {
        assertEquals("unknown column 'vol'; expected one of datetime, time, open, high, low, close, volume, openinterest",
            assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.withColumn("vol", 1)).getMessage());
        assertEquals("datetime column must be >= 0, got -1",
            assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.withColumn("datetime", -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.withColumn("open", -2));
        assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.withDtformat("%Q"));
        assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.withTmformat(""));
        assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.withSeparator('\n'));
    }

    @Test
    void unixSecondsAndDefaultsForTheRest() throws Exception {
        // dtformat 1: integer Unix seconds (UTC); columns and everything else as GenericCSVData's defaults
        Path p = FeedTestFiles.write(dir, "u.csv", "t,o,h,l,c,v,oi", "1583141400,1,2,0.5,1.5,10,3");
        List<Bar> bars = FeedTestFiles.drain(DataFiles.open(p, TimeFrame.Minutes, 1, CsvDialect.DEFAULT.withDtformat("1")));
        assertEquals(1, bars.size());
        assertEquals(1583141400L * 1_000_000_000L, bars.get(0).time);
        assertEquals(1.5, bars.get(0).close);
        assertEquals(3.0, bars.get(0).openInterest);
    }
}
