package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link Envelope}: the data itself with bands {@code x * (1 +- perc / 100)}. */
class EnvelopeTest {

    @Test
    void bandsAroundTheDataItself() {
        Runs.Result r = Hand.onCloses(x -> new Envelope(x, 10.0), 100, 50, 20);
        Hand.assertNames(r, "src", "top", "bot");
        Hand.assertWarmup(r, 1, 1);
        Hand.assertLine(r, 0, 100, 50, 20);
        Hand.assertLine(r, 1, 110, 55, 22);
        Hand.assertLine(r, 2, 90, 45, 18);
    }

    @Test
    void defaultPercIsTwoAndAHalfAndWarmUpIsTheInputs() {
        Runs.Result r = Hand.onCloses(x -> new Envelope(new MovingAverageSimple(x, 2).line(0)), 100, 300, 500);
        Hand.assertWarmup(r, 1, 2);
        Hand.assertLine(r, 1, Double.NaN, 205, 410);
        Hand.assertLine(r, 2, Double.NaN, 195, 390);
    }
}
