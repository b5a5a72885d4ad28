package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.bench.BenchData;
import org.bt4j.bench.ColumnsFeed;
import org.junit.jupiter.api.Test;

class Bt4jSmaCrossTest {

    private static final BarColumns BARS = BarColumns.minute(42, 100_000, 100_000);

    @Test
    void everyRunModeReproducesTheReferenceNumbersOn100kBars() {
        SmaCrossResult expected = ReferenceNumbers.forBars(100_000);
        ColumnsFeed preloaded = BenchData.preloadedFeed(BARS);
        SmaCrossResult once = Bt4jSmaCross.run(preloaded, Bt4jSmaCross.Mode.RUNONCE);
        assertTrue(once.matches(expected), once.toString());
        SmaCrossResult next = Bt4jSmaCross.run(preloaded, Bt4jSmaCross.Mode.RUNNEXT);
        assertTrue(next.matches(expected), next.toString());
        SmaCrossResult again = Bt4jSmaCross.run(preloaded, Bt4jSmaCross.Mode.RUNONCE);
        assertEquals(once, again, "a preloaded feed can be reused");
        SmaCrossResult exact = Bt4jSmaCross.run(BenchData.feed(BARS), Bt4jSmaCross.Mode.EXACTBARS);
        assertTrue(exact.matches(expected), exact.toString());
    }

    @Test
    void exactbarsNeedsAFreshFeed() {
        assertThrows(IllegalArgumentException.class,
            () -> Bt4jSmaCross.run(BenchData.preloadedFeed(BarColumns.minute(42, 100_000, 100)), Bt4jSmaCross.Mode.EXACTBARS));
    }
}
