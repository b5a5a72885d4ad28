package org.bt4j.broker;

import static org.bt4j.broker.FillerFixtures.data;
import static org.bt4j.broker.FillerFixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link FixedBarPercFiller}: min((volume * perc) // 100, |remaining size|), backtrader's FixedBarPerc. */
class FixedBarPercFillerTest {

    @Test
    void capsAtAPercentageOfTheBarVolumeFloorDivided() {
        ArrayFeed d = data(1003);
        FixedBarPercFiller f = new FixedBarPercFiller(25);
        assertEquals(250.0, f.fill(order(d, true, 300, 0), 10, 0)); // 25075 // 100
        assertEquals(100.0, f.fill(order(d, true, 100, 0), 10, 0));
        assertEquals(10.0, f.fill(order(d, true, 300, 0), 10, -1)); // previous bar: 40 * 25 // 100
    }

    @Test
    void neverMoreThanTheRemainderOfBuysOrSells() {
        ArrayFeed d = data(1000);
        FixedBarPercFiller f = new FixedBarPercFiller(100);
        assertEquals(40.0, f.fill(order(d, true, 100, 60), 10, 0));
        assertEquals(30.0, f.fill(order(d, false, 100, 70), 10, 0));
    }

    @Test
    void rejectsPercentagesOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> new FixedBarPercFiller(101));
        assertThrows(IllegalArgumentException.class, () -> new FixedBarPercFiller(-1));
    }
}
