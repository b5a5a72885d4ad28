package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link LaguerreRSI}: {@code cu / (cu + cd)} over the Laguerre stages (see {@link LaguerreFilterTest#stages}). */
class LaguerreRSITest {

    @Test
    void gammaZeroByHand() {
        // stages x, x(-1), x(-2), x(-3) from zeros: bar 0 [10,0,0,0] cu 10; bar 1 [9,10,0,0] cu 10 cd 1;
        // bar 2 [8,9,10,0] cu 10 cd 2; then all falling
        Runs.Result r = Hand.onCloses(in -> new LaguerreRSI(in, 0.0, 1), 10, 9, 8, 7, 6);
        Hand.assertNames(r, "lrsi");
        Hand.assertWarmup(r, 0, 1);
        Hand.assertLine(r, 0, 1, 10.0 / 11, 10.0 / 12, 0, 0);
    }

    @Test
    void periodDelaysTheStartAndTheStagesStartThere() {
        double[] x = Hand.wave(20);
        Runs.Result r = Hand.onCloses(in -> new LaguerreRSI(in, 0.6, 4), x);
        Hand.assertWarmup(r, 0, 4);
        double[][] s = LaguerreFilterTest.stages(x, 0.6, 3);
        Hand.assertLine(r, 0, Hand.series(20, i -> {
            if (i < 3) {
                return Double.NaN;
            }
            double cu = 0;
            double cd = 0;
            for (int k = 0; k < 3; k++) {
                double d = s[i][k] - s[i][k + 1];
                cu += d >= 0 ? d : 0;
                cd += d < 0 ? -d : 0;
            }
            return cu + cd == 0 ? 1.0 : cu / (cu + cd);
        }));
    }

    @Test
    void defaultsAreGammaHalfPeriodSix() {
        Hand.assertWarmup(Hand.onCloses(LaguerreRSI::new, Hand.wave(10)), 0, 6);
    }

    @Test
    void noMovementInTheStagesIsOne() {
        // all-zero input keeps every stage at 0: cu + cd = 0 gives 1.0
        Hand.assertLine(Hand.onCloses(in -> new LaguerreRSI(in, 0.5, 1), 0, 0, 0), 0, 1, 1, 1);
    }
}
