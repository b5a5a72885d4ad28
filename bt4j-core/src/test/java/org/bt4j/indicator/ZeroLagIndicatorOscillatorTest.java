package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/**
 * {@link ZeroLagIndicatorOscillator}: in backtrader ZeroLagIndicator's {@code next()} writes its
 * value over the oscillator binding, so the "oscillator" is the average itself.
 */
class ZeroLagIndicatorOscillatorTest {

    @Test
    void isTheAverageItself() {
        double[] x = Hand.wave(20);
        Runs.Result osc = Hand.onCloses(in -> new ZeroLagIndicatorOscillator(in, 4), x);
        Runs.Result ec = Hand.onCloses(in -> new ZeroLagIndicator(in, 4), x);
        Hand.assertNames(osc, "ec");
        Hand.assertWarmup(osc, 0, 4);
        Hand.assertLine(osc, 0, ec.line(0));
    }

    @Test
    void aGivenAverageAndTheDefaults() {
        double[] x = Hand.wave(35);
        Runs.Result ec = Hand.onCloses(ZeroLagIndicator::new, x);
        Hand.assertLine(Hand.onCloses(ZeroLagIndicatorOscillator::new, x), 0, ec.line(0));
        Hand.assertLine(Hand.onCloses(in -> new ZeroLagIndicatorOscillator(in, new ZeroLagIndicator(in)), x), 0, ec.line(0));
    }
}
