package org.bt4j.sizer;

import static org.bt4j.sizer.SizerFixtures.bound;
import static org.bt4j.sizer.SizerFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link PercentSizerInt}: PercentSizer with retint, 20% by default. */
class PercentSizerIntTest {

    private final ArrayFeed data = data(); // close 33

    @Test
    void wholeUnitsOfAPercentageOfTheCash() {
        assertEquals(60.0, bound(new PercentSizerInt(), 10_000, 0).getSizing(data, true)); // int(60.61)
        assertEquals(90.0, bound(new PercentSizerInt(30), 10_000, 0).getSizing(data, true)); // int(90.91)
        assertEquals(2.0, bound(new PercentSizerInt(30), 10_000, 2.9).getSizing(data, true)); // int(position)
    }
}
