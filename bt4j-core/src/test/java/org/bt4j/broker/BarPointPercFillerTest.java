package org.bt4j.broker;

import static org.bt4j.broker.FillerFixtures.data;
import static org.bt4j.broker.FillerFixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/**
 * {@link BarPointPercFiller}: parts = (high - low + minmov) // minmov, allocation =
 * ((volume / parts) * perc) // 100, capped by the remainder — backtrader's BarPointPerc.
 */
class BarPointPercFillerTest {

    @Test
    void spreadsTheVolumeOverThePriceStepsOfTheBar() {
        ArrayFeed d = data(1000); // H 11 L 9
        // parts = (2 + 0.5) // 0.5 = 5; (1000 / 5) * 50 // 100 = 100
        assertEquals(100.0, new BarPointPercFiller(0.5, 50).fill(order(d, true, 500, 0), 10, 0));
        // previous bar H 20 L 10 volume 40: parts = 11 // 1 = 11; (40 / 11 * 100) // 100 = 3
        assertEquals(3.0, new BarPointPercFiller(1, 100).fill(order(d, true, 500, 0), 10, -1));
    }

    @Test
    void minmovZeroTakesTheBarAsOnePartAndTheRemainderCaps() {
        ArrayFeed d = data(1000);
        assertEquals(500.0, new BarPointPercFiller(0, 50).fill(order(d, false, 800, 0), 10, 0));
        assertEquals(20.0, new BarPointPercFiller(0, 50).fill(order(d, false, 800, 780), 10, 0));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new BarPointPercFiller(-0.01, 50));
        assertThrows(IllegalArgumentException.class, () -> new BarPointPercFiller(0.01, 150));
    }
}
