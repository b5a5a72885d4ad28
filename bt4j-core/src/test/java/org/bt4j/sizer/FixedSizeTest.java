package org.bt4j.sizer;

import static org.bt4j.sizer.SizerFixtures.bound;
import static org.bt4j.sizer.SizerFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link FixedSize}: the stake, or abs(int(stake / tranches)) when scaling in tranches. */
class FixedSizeTest {

    private final ArrayFeed data = data();

    @Test
    void stakeRegardlessOfCashPositionOrSide() {
        assertEquals(1.0, bound(new FixedSize(), 10_000, 0).getSizing(data, true));
        assertEquals(5.0, bound(new FixedSize(5), 1, 3).getSizing(data, false));
        assertEquals(7.5, bound(new FixedSize(7.5), 10_000, 0).getSizing(data, true)); // no rounding
    }

    @Test
    void tranchesTruncateTheShare() {
        assertEquals(3.0, bound(new FixedSize(10, 3), 10_000, 0).getSizing(data, true)); // int(3.33)
        assertEquals(3.0, bound(new FixedSize(7.5, 2), 10_000, 0).getSizing(data, true)); // int(3.75)
    }

    @Test
    void refusesBadParametersAndUseBeforeBinding() {
        assertThrows(IllegalArgumentException.class, () -> new FixedSize(0));
        assertThrows(IllegalArgumentException.class, () -> new FixedSize(1, 0));
        assertThrows(IllegalStateException.class, () -> new FixedSize().getSizing(data, true));
    }
}
