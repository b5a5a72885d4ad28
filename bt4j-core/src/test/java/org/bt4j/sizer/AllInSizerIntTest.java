package org.bt4j.sizer;

import static org.bt4j.sizer.SizerFixtures.bound;
import static org.bt4j.sizer.SizerFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link AllInSizerInt}: all the cash at the close, truncated to whole units. */
class AllInSizerIntTest {

    private final ArrayFeed data = data(); // close 33

    @Test
    void allTheCashInWholeUnits() {
        assertEquals(303.0, bound(new AllInSizerInt(), 10_000, 0).getSizing(data, true)); // int(303.03)
        assertEquals(0.0, bound(new AllInSizerInt(), 20, 0).getSizing(data, true)); // int(0.61)
    }
}
