package org.bt4j.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Position#update}: backtrader's opened/closed split (signed like the update) and average
 * price — increases re-average, reductions keep the price, a reversal takes the fill price, flat
 * means price 0. Expected values are worked out by hand in the comments.
 */
class PositionTest {

    private static void assertState(Position p, double size, double price, double opened, double closed) {
        assertEquals(size, p.size(), "size");
        assertEquals(price, p.price(), 1e-12, "price");
        assertEquals(opened, p.opened(), "opened");
        assertEquals(closed, p.closed(), "closed");
    }

    @Test
    void longOpenIncreaseReduceClose() {
        Position p = new Position();
        assertTrue(p.isFlat());
        p.update(10, 100);
        assertState(p, 10, 100, 10, 0);
        assertTrue(p.isLong());
        p.update(5, 106); // (10*100 + 5*106) / 15 = 1530 / 15
        assertState(p, 15, 102, 5, 0);
        assertEquals(100, p.priceOrig());
        p.update(-6, 110); // a reduction keeps the average
        assertState(p, 9, 102, 0, -6);
        p.update(-9, 99);
        assertState(p, 0, 0, 0, -9);
        assertTrue(p.isFlat());
        assertEquals(102, p.priceOrig());
    }

    @Test
    void shortOpenIncreaseReduceClose() {
        Position p = new Position();
        p.update(-4, 50);
        assertState(p, -4, 50, -4, 0);
        assertTrue(p.isShort());
        p.update(-6, 40); // (-4*50 + -6*40) / -10 = -440 / -10
        assertState(p, -10, 44, -6, 0);
        p.update(3, 30);
        assertState(p, -7, 44, 0, 3);
        p.update(7, 20);
        assertState(p, 0, 0, 0, 7);
    }

    @Test
    void reversalClosesTheOldSideAndOpensTheRestAtTheFillPrice() {
        Position p = new Position(10, 100);
        p.update(-15, 90);
        assertState(p, -5, 90, -5, -10);
        p.update(8, 95);
        assertState(p, 3, 95, 3, 5);
    }

    @Test
    void constructorFlatHasPriceZeroAndCopiesAreIndependent() {
        assertEquals(0.0, new Position(0, 123).price());
        Position p = new Position(2, 50);
        Position c = p.copy();
        p.update(2, 60);
        assertState(c, 2, 50, 0, 0);
        assertState(p, 4, 55, 2, 0);
        Position d = new Position();
        d.copyFrom(p);
        assertState(d, 4, 55, 2, 0);
        assertFalse(d.isFlat());
    }

    @Test
    void timedUpdateStampsTheTimeAndAdjbaseStartsUnset() {
        Position p = new Position();
        assertTrue(Double.isNaN(p.adjbase()));
        p.update(1, 10, 42L);
        assertEquals(42L, p.datetime());
        assertState(p, 1, 10, 1, 0);
    }
}
