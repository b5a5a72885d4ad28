package org.bt4j.sizer;

import static org.bt4j.sizer.SizerFixtures.bound;
import static org.bt4j.sizer.SizerFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link AllInSizer}: all the cash at the close, fractional; the position size when one is open. */
class AllInSizerTest {

    private final ArrayFeed data = data(); // close 33

    @Test
    void allTheCashFractional() {
        assertEquals(10_000.0 / 33, bound(new AllInSizer(), 10_000, 0).getSizing(data, true), 1e-9);
        assertEquals(-5.0, bound(new AllInSizer(), 10_000, -5).getSizing(data, true));
    }
}
