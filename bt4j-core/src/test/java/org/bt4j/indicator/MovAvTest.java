package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

/** {@link MovAv}: backtrader's moving-average registry, names and aliases. */
class MovAvTest {

    @Test
    void everyConstantBuildsItsAverage() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2, 3);
            assertInstanceOf(MovingAverageSimple.class, MovAv.SMA.create(f.close(), 3));
            assertInstanceOf(ExponentialMovingAverage.class, MovAv.EMA.create(f.close(), 3));
            assertInstanceOf(SmoothedMovingAverage.class, MovAv.SMMA.create(f.close(), 3));
            assertInstanceOf(WeightedMovingAverage.class, MovAv.WMA.create(f.close(), 3));
            assertInstanceOf(DoubleExponentialMovingAverage.class, MovAv.DEMA.create(f.close(), 3));
            assertInstanceOf(TripleExponentialMovingAverage.class, MovAv.TEMA.create(f.close(), 3));
            assertInstanceOf(AdaptiveMovingAverage.class, MovAv.KAMA.create(f.close(), 3));
            assertInstanceOf(ZeroLagExponentialMovingAverage.class, MovAv.ZLEMA.create(f.close(), 3));
            assertInstanceOf(HullMovingAverage.class, MovAv.HMA.create(f.close(), 3));
            assertInstanceOf(ZeroLagIndicator.class, MovAv.ZLIND.create(f.close(), 3));
            assertInstanceOf(DicksonMovingAverage.class, MovAv.DMA.create(f.close(), 3));
            Indicator sma = MovAv.SMA.create(f.close(), 2);
            assertEquals(2, sma.minPeriod());
            assertEquals(3, MovAv.SMA.of(f.close(), 3).minPeriod());
        }
    }

    @Test
    void shortNameOfEachConstant() {
        assertEquals("SMA", MovAv.name(MovAv.SMA));
        assertEquals("EMA", MovAv.name(MovAv.EMA));
        assertEquals("ZLIndicator", MovAv.name(MovAv.ZLIND));
        assertEquals("SmoothedMovingAverage", MovAv.className(MovAv.SMMA));
        assertNull(MovAv.name((in, p) -> null));
    }

    @Test
    void backtradersNamesAndAliasesAnyCase() {
        assertSame(MovAv.SMA, MovAv.byName("SimpleMovingAverage"));
        assertSame(MovAv.SMA, MovAv.find("simple"));
        assertSame(MovAv.SMMA, MovAv.byName("WilderMA"));
        assertSame(MovAv.SMMA, MovAv.byName("ModifiedMovingAverage"));
        assertSame(MovAv.EMA, MovAv.byName("MovingAverageExponential"));
        assertSame(MovAv.KAMA, MovAv.byName("kama"));
        assertSame(MovAv.HMA, MovAv.byName("HullMA"));
        assertSame(MovAv.ZLIND, MovAv.byName("ErrorCorrecting"));
        assertSame(MovAv.ZLEMA, MovAv.byName("ZeroLagEma"));
        assertSame(MovAv.DMA, MovAv.byName("DicksonMA"));
        assertSame(MovAv.DEMA, MovAv.byName("DoubleExponential"));
        assertSame(MovAv.TEMA, MovAv.byName("TEMA"));
        assertSame(MovAv.WMA, MovAv.byName("Weighted"));
    }

    @Test
    void unknownNames() {
        assertNull(MovAv.find("Bogus"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MovAv.byName("Bogus"));
        assertEquals("unknown moving average 'Bogus'; valid: SMA, EMA, SMMA, WMA, DEMA, TEMA, KAMA, ZLEMA, HMA, ZLInd, DMA"
            + " (or their full names)", e.getMessage());
    }
}
