package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link MovingAverageType}: a user-supplied average plugs into every {@code movav} parameter. */
class MovingAverageTypeTest {

    /** A custom "average": the highest of the period. */
    private static final MovingAverageType HIGHEST = Highest::new;

    @Test
    void ofIsTheAveragesFirstLine() {
        Runs.Result r = Hand.onCloses(x -> new Delay(HIGHEST.of(x, 2), 0), 1, 3, 2);
        Hand.assertLine(r, 0, Double.NaN, 3, 3);
        assertEquals(2, r.indicator().minPeriod());
    }

    @Test
    void aCustomTypeDrivesAComposite() {
        // PriceOscillator with "highest": highest(2) - highest(3) of 1, 3, 2, 0: -, -, 0, -1
        Runs.Result r = Hand.onCloses(x -> new PriceOscillator(x, 2, 3, HIGHEST), 1, 3, 2, 0);
        Hand.assertLine(r, 0, Double.NaN, Double.NaN, 0, -1);
    }
}
