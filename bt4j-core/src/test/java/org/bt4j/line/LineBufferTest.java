package org.bt4j.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link LineBuffer}: unbounded and ring modes, and NaN in every slot past the end of an unbounded buffer. */
class LineBufferTest {

    @Test
    void forwardAppendsNaNSlotsAndGrowsPastTheInitialCapacity() {
        LineBuffer b = new LineBuffer();
        for (int i = 0; i < 1000; i++) {
            b.forward();
            assertTrue(Double.isNaN(b.get(0)), "bar " + i);
            b.set(0, i);
        }
        assertEquals(1000, b.len());
        assertEquals(1000, b.size());
        assertEquals(999.0, b.get(0));
        assertEquals(0.0, b.get(-999));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> b.get(-1000));
    }

    @Test
    void reservedSlotsHoldNaNUntilWritten() {
        LineBuffer b = new LineBuffer();
        b.reserve(5000);
        assertTrue(b.capacity() >= 5000);
        for (int i = 0; i < 5000; i++) {
            b.forward();
            if (i % 7 == 0) {
                b.set(0, i);
            }
        }
        double[] a = b.array();
        for (int i = 0; i < 5000; i++) {
            assertEquals(i % 7 == 0 ? (double) i : Double.NaN, a[i], "slot " + i);
        }
    }

    @Test
    void aRewoundSlotIsNaNWhenAppendedAgain() {
        LineBuffer b = new LineBuffer();
        b.forward();
        b.set(0, 1.0);
        b.forward();
        b.set(0, 2.0);
        b.rewind();
        assertEquals(1, b.len());
        assertEquals(1, b.size());
        b.forward();
        assertTrue(Double.isNaN(b.get(0)));
        assertEquals(1.0, b.get(-1));
    }

    @Test
    void aResetOrRehomedBufferAppendsNaNOverOldValues() {
        LineBuffer b = new LineBuffer();
        for (int i = 0; i < 3; i++) {
            b.forward();
            b.set(0, i + 1.0);
        }
        b.home();
        b.forward();
        assertTrue(Double.isNaN(b.get(0)), "moved back: the slot is cleared");
        b.reset();
        assertEquals(0, b.size());
        for (int i = 0; i < 3; i++) {
            b.forward();
            assertTrue(Double.isNaN(b.get(0)), "after reset, slot " + i);
        }
    }

    @Test
    void aBoundedRingKeepsTheDeclaredLookBack() {
        LineBuffer b = new LineBuffer();
        b.requireLookback(3);
        b.bound(1);
        assertTrue(b.isBounded());
        for (int i = 0; i < 100; i++) {
            b.forward();
            assertTrue(Double.isNaN(b.get(0)));
            b.set(0, i);
        }
        assertEquals(100, b.len());
        assertEquals(99.0, b.get(0));
        assertEquals(97.0, b.get(-2));
        assertThrows(IllegalStateException.class, b::array);
    }

    @Test
    void forwardAllMovesPresizedLinesOverTheirSlotsThenAppends() {
        LineBuffer a = new LineBuffer();
        LineBuffer b = new LineBuffer();
        a.presize(2);
        b.presize(2);
        LineBuffer[] both = {a, b};
        for (int bar = 1; bar <= 4; bar++) {
            LineBuffer.forwardAll(both, true);
            assertEquals(bar, a.len());
            assertEquals(bar, b.len());
            assertEquals(Math.max(2, bar), a.size());
            assertTrue(Double.isNaN(a.get(0)) && Double.isNaN(b.get(0)));
            a.set(0, bar);
        }
        assertEquals(1.0, a.get(-3));
        LineBuffer c = new LineBuffer();
        c.forward();
        c.set(0, 5.0);
        c.home();
        LineBuffer.forwardAll(new LineBuffer[] {c}, false);
        assertTrue(Double.isNaN(c.get(0)), "not presized: a slot with a value is cleared, as forward() does");
    }

    @Test
    void forwardAllAppendsToRingsInPlace() {
        LineBuffer a = new LineBuffer();
        LineBuffer b = new LineBuffer();
        b.requireLookback(6);
        a.bound(1);
        b.bound(1);
        LineBuffer[] both = {a, b};
        for (int bar = 1; bar <= 20; bar++) {
            LineBuffer.forwardAll(both, false);
            assertEquals(bar, a.len());
            assertEquals(bar, b.size());
            assertTrue(Double.isNaN(a.get(0)) && Double.isNaN(b.get(0)), "a reused slot is cleared");
            a.set(0, bar);
            b.set(0, -bar);
        }
        assertEquals(18.0, a.get(-2));
        assertEquals(-14.0, b.get(-6));
    }

    @Test
    void presizeFromLeavesTheSpanToTheCallerAndNaNAround() {
        LineBuffer b = new LineBuffer();
        b.presize(10);
        for (int i = 0; i < 10; i++) {
            b.array()[i] = i;
        }
        b.presize(6, 2);
        assertEquals(6, b.size());
        assertTrue(Double.isNaN(b.array()[0]) && Double.isNaN(b.array()[1]), "before from: NaN");
        assertEquals(2.0, b.array()[2], "the span is the caller's");
        for (int i = 6; i < 10; i++) {
            assertTrue(Double.isNaN(b.array()[i]), "past the end: NaN, slot " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> b.presize(4, 5));
    }

    @Test
    void forwardWithAValueAppendsItInBothModes() {
        LineBuffer b = new LineBuffer();
        LineBuffer ring = new LineBuffer();
        ring.requireLookback(2);
        ring.bound(0);
        for (int i = 0; i < 300; i++) {
            b.forward(i);
            ring.forward(i);
            assertEquals(i, b.get(0));
            assertEquals(i, ring.get(0));
        }
        assertEquals(300, b.size());
        assertEquals(297.0, ring.get(-2));
        assertEquals(300, ring.len());
        b.seek(9);
        b.forward(-1.0);
        assertEquals(-1.0, b.get(0), "over a stored slot after the cursor moved back");
        assertEquals(300, b.size());
        assertTrue(Double.isNaN(b.array()[300]), "slots past the end stay NaN");
    }

    @Test
    void adoptTakesTheArrayOverWithoutACopy() {
        LineBuffer b = new LineBuffer();
        double[] column = {1.0, 2.0, 3.0, Double.NaN};
        b.adopt(column, 3);
        assertSame(column, b.array());
        assertEquals(3, b.size());
        assertEquals(0, b.len());
        b.advance();
        b.advance();
        assertEquals(2.0, b.get(0));
        assertEquals(1.0, b.get(-1));
        b.forward();
        assertTrue(Double.isNaN(b.get(0)), "the slot past the adopted values");
        assertThrows(IllegalStateException.class, () -> b.adopt(new double[1], 1), "not empty any more");
        assertThrows(IllegalArgumentException.class, () -> new LineBuffer().adopt(new double[1], 2));
        LineBuffer ring = new LineBuffer();
        ring.bound(1);
        assertThrows(IllegalStateException.class, () -> ring.adopt(new double[1], 1));
    }

    @Test
    void aheadReadsPastTheCursorWithoutMovingItAndGivesZeroPastTheArray() {
        LineBuffer b = new LineBuffer();
        for (int i = 0; i < 300; i++) {
            b.append(i);
        }
        b.advance();
        assertEquals(16.0, b.ahead(16));
        assertEquals(1, b.len());
        b.seek(290);
        assertEquals(299.0, b.ahead(9));
        assertTrue(Double.isNaN(b.ahead(10)), "a slot past the end of an unbounded buffer holds NaN");
        assertEquals(0.0, b.ahead(b.capacity()), "past the array");
        assertEquals(291, b.len());
    }

    @Test
    void appendAllMovesRingsInHalvesLikeForwardAllMovesPlainRings() {
        java.util.Random rnd = new java.util.Random(7);
        for (int minHalf : new int[] {1, 4, 256, 1024}) {
            LineBuffer[] halves = {new LineBuffer(), new LineBuffer()};
            LineBuffer[] plain = {new LineBuffer(), new LineBuffer()};
            for (int k = 0; k < 2; k++) {
                halves[k].requireLookback(5);
                plain[k].requireLookback(5);
                halves[k].bound(1, minHalf);
                plain[k].bound(1);
                assertTrue(halves[k].appendsInHalves());
            }
            assertTrue(halves[0].capacity() >= 2 * Math.max(minHalf, 7), "two halves of the look-back");
            for (int bar = 0; bar < 3000; bar++) {
                LineBuffer.appendAll(halves);
                LineBuffer.forwardAll(plain, false);
                for (int k = 0; k < 2; k++) {
                    if (rnd.nextInt(5) == 0) { // written on some bars only, NaN on the others
                        double v = rnd.nextDouble();
                        halves[k].set(0, v);
                        plain[k].set(0, v);
                    }
                    for (int ago = 0; ago > -6 && ago > -bar - 1; ago--) {
                        assertEquals(plain[k].get(ago), halves[k].get(ago), "bar " + bar + " ago " + ago + " half " + minHalf);
                    }
                    assertEquals(bar + 1, halves[k].len());
                    assertEquals(bar + 1, halves[k].size());
                }
                if (bar % 997 == 500) { // a bar taken back and appended again holds NaN
                    for (int k = 0; k < 2; k++) {
                        halves[k].rewind();
                        plain[k].rewind();
                    }
                    LineBuffer.appendAll(halves);
                    LineBuffer.forwardAll(plain, false);
                    assertTrue(Double.isNaN(halves[0].get(0)) && Double.isNaN(halves[1].get(0)));
                }
            }
        }
    }

    @Test
    void appendAllGoesThroughForwardAllForBuffersNotBoundInHalves() {
        LineBuffer[] plain = {new LineBuffer()};
        plain[0].bound(1);
        assertTrue(!plain[0].appendsInHalves());
        for (int bar = 0; bar < 10; bar++) {
            plain[0].set(0, bar); // the slot before the first bar is ignored by the move
            LineBuffer.appendAll(plain);
            assertTrue(Double.isNaN(plain[0].get(0)), "a plain ring stores NaN on every append");
        }
        LineBuffer[] unbounded = {new LineBuffer()};
        LineBuffer.appendAll(unbounded);
        assertEquals(1, unbounded[0].len());
        assertThrows(IllegalArgumentException.class, () -> new LineBuffer().bound(1, 3));
    }
}
