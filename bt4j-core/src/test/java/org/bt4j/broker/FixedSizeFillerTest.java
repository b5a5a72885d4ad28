package org.bt4j.broker;

import static org.bt4j.broker.FillerFixtures.data;
import static org.bt4j.broker.FillerFixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link FixedSizeFiller}: min(bar volume, |remaining size|, size or infinity) — backtrader's FixedSize. */
class FixedSizeFillerTest {

    @Test
    void theSmallestOfSizeVolumeAndRemainder() {
        ArrayFeed d = data(1000);
        assertEquals(30.0, new FixedSizeFiller(30).fill(order(d, true, 100, 0), 10, 0));
        assertEquals(15.0, new FixedSizeFiller(30).fill(order(d, false, 100, 85), 10, 0));
        assertEquals(20.0, new FixedSizeFiller(30).fill(order(data(20), true, 100, 0), 10, 0));
    }

    @Test
    void zeroSizeMeansOnlyVolumeAndRemainderCap() {
        assertEquals(20.0, new FixedSizeFiller(0).fill(order(data(20), true, 100, 0), 10, 0));
        assertEquals(40.0, new FixedSizeFiller(0).fill(order(data(1000), true, 100, 0), 10, -1)); // previous bar
        assertThrows(IllegalArgumentException.class, () -> new FixedSizeFiller(-1));
    }
}
