package org.bt4j.sizer;

import static org.bt4j.sizer.SizerFixtures.bound;
import static org.bt4j.sizer.SizerFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link FixedReverser}: the stake when flat, twice the stake (one order reverses) when not. */
class FixedReverserTest {

    private final ArrayFeed data = data();

    @Test
    void doublesTheStakeWhenAPositionIsOpenOnEitherSide() {
        assertEquals(4.0, bound(new FixedReverser(4), 10_000, 0).getSizing(data, true));
        assertEquals(8.0, bound(new FixedReverser(4), 10_000, 4).getSizing(data, false));
        assertEquals(8.0, bound(new FixedReverser(4), 10_000, -4).getSizing(data, true));
        assertThrows(IllegalArgumentException.class, () -> new FixedReverser(0));
    }
}
