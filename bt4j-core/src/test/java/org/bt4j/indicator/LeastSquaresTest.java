package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void handSolvedRegressionWithStandardErrors() {
        // y = 2, 3, 5, 4 on [x, 1] with x = 1..4: b = (0.8, 1.5), residuals -0.3, -0.1, 1.1, -0.7,
        // ssr = 1.8, (X'X)^-1 = [[0.2, -0.5], [-0.5, 1.5]], s^2 = 0.9, t(slope) = 0.8 / sqrt(0.18)
        LeastSquares ls = new LeastSquares(6, 3);
        ls.shape(4, 2);
        double[] y = {2, 3, 5, 4};
        for (int i = 0; i < 4; i++) {
            ls.x(i, 0, i + 1);
            ls.x(i, 1, 1.0);
            ls.y(i, y[i]);
        }
        assertTrue(ls.fit());
        assertClose(0.8, ls.coef(0), 1e-14, "slope");
        assertClose(1.5, ls.coef(1), 1e-14, "intercept");
        assertClose(1.8, ls.ssr(), 1e-14, "ssr");
        assertClose(1.1, ls.residual(2), 1e-14, "residual");
        assertClose(0.2, ls.inverseGramDiagonal(0), 1e-14, "inv00");
        assertClose(1.5, ls.inverseGramDiagonal(1), 1e-14, "inv11");
        assertClose(0.8 / Math.sqrt(0.18), ls.tValue(0), 1e-14, "t");
    }

    @Test
    void rankDeficientDesignIsReported() {
        LeastSquares ls = new LeastSquares(3, 2);
        ls.shape(3, 2);
        for (int i = 0; i < 3; i++) {
            ls.x(i, 0, i);
            ls.x(i, 1, 2.0 * i);
            ls.y(i, i);
        }
        assertFalse(ls.fit());
        ls.shape(1, 2);
        assertFalse(ls.fit());
        assertEquals(1, ls.rows());
    }
}
