package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.bench.BenchData;
import org.bt4j.bench.ColumnsFeed;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.EpochNanos;
import org.junit.jupiter.api.Test;

class BarColumnsTest {

    @Test
    void minuteBarsFollowTheGeneratorRecipe() {
        BarColumns b = BarColumns.minute(42, 100_000, 391);
        assertEquals(391, b.size());
        // 390 bars per session from 09:30, then the next weekday (2000-01-03 was a Monday)
        long day0 = java.time.LocalDate.of(2000, 1, 3).toEpochDay() * EpochNanos.DAY;
        assertEquals(day0 + 9 * EpochNanos.HOUR + 30 * EpochNanos.MINUTE, b.time()[0]);
        assertEquals(day0 + 15 * EpochNanos.HOUR + 59 * EpochNanos.MINUTE, b.time()[389]);
        assertEquals(day0 + EpochNanos.DAY + 9 * EpochNanos.HOUR + 30 * EpochNanos.MINUTE, b.time()[390]);
        for (int i = 0; i < b.size(); i++) {
            assertEquals(b.close()[i], Double.parseDouble(String.format("%.2f", b.close()[i])), "cents as parsed text");
            assertEquals(true, b.low()[i] <= Math.min(b.open()[i], b.close()[i]));
            assertEquals(true, b.high()[i] >= Math.max(b.open()[i], b.close()[i]));
        }
    }

    @Test
    void borrowsThePreloadedFeedsArrays() {
        BarColumns gen = BarColumns.minute(42, 100_000, 1000);
        ColumnsFeed feed = BenchData.preloadedFeed(gen);
        BarColumns of = BarColumns.of(feed);
        assertEquals(1000, of.size());
        assertSame(feed.buffer(DataFeed.CLOSE).array(), of.close());
        assertEquals(gen.close()[999], of.close()[999]);
        assertEquals(gen.time()[999], of.time()[999]);
    }

    @Test
    void refusesAFeedThatIsNotPreloaded() {
        assertThrows(IllegalArgumentException.class, () -> BarColumns.of(BenchData.feed(BarColumns.minute(1, 10_000, 5))));
    }
}
