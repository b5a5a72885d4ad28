package org.bt4j.sizer;

import static org.bt4j.sizer.SizerFixtures.bound;
import static org.bt4j.sizer.SizerFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/**
 * {@link PercentSizer}: cash / close * percents / 100 while flat (fractional unless retint), and —
 * as in backtrader — the open position's size otherwise.
 */
class PercentSizerTest {

    private final ArrayFeed data = data(); // close 33

    @Test
    void twentyPercentOfTheCashAtTheCloseIsFractional() {
        assertEquals(10_000.0 / 33 * 0.2, bound(new PercentSizer(), 10_000, 0).getSizing(data, true), 1e-9);
    }

    @Test
    void retintTruncatesTowardsZero() {
        assertEquals(151.0, bound(new PercentSizer(50, true), 10_000, 0).getSizing(data, true)); // int(151.51)
        assertEquals(-7.0, bound(new PercentSizer(50, true), 10_000, -7.5).getSizing(data, true)); // int(-7.5)
    }

    @Test
    void anOpenPositionReturnsItsSize() {
        assertEquals(12.5, bound(new PercentSizer(), 10_000, 12.5).getSizing(data, false));
        assertEquals(-3.0, bound(new PercentSizer(), 10_000, -3).getSizing(data, true));
        assertThrows(IllegalArgumentException.class, () -> new PercentSizer(0, false));
    }
}
