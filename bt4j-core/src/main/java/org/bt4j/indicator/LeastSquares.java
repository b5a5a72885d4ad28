package org.bt4j.indicator;

/**
 * Ordinary least squares {@code y = X b + e} by Householder QR, in preallocated storage so a fit
 * per bar allocates nothing. Gives the coefficients, the residual sum of squares (taken from the
 * rotated right-hand side, so it does not cancel), the residuals, and {@code (X'X)^-1} diagonal
 * terms for t-statistics. The statistics indicators ({@link CointN}, the Hurst fit) use it where
 * backtrader calls statsmodels' {@code OLS} or numpy's {@code lstsq}: for a full-rank design both
 * give the same least-squares solution up to rounding. A rank-deficient design (a column that is
 * a combination of the others) is reported by {@link #fit()} returning false. Not thread-safe.
 */
final class LeastSquares {

    private final int maxRows;
    private final int maxCols;
    /** Column-major design, {@code x[c * maxRows + r]}; overwritten by the factorisation. */
    private final double[] x;
    /** Copy of the design kept for the residuals. */
    private final double[] x0;
    private final double[] y;
    private final double[] qty;
    private final double[] rDiag;
    private final double[] beta;
    private final double[] z;
    private int rows;
    private int cols;
    private double ssr;

    /** Storage for designs up to {@code maxRows} x {@code maxCols}. */
    LeastSquares(int maxRows, int maxCols) {
        this.maxRows = Math.max(1, maxRows);
        this.maxCols = Math.max(1, maxCols);
        this.x = new double[this.maxRows * this.maxCols];
        this.x0 = new double[x.length];
        this.y = new double[this.maxRows];
        this.qty = new double[this.maxRows];
        this.rDiag = new double[this.maxCols];
        this.beta = new double[this.maxCols];
        this.z = new double[this.maxCols];
    }

    /** Starts a new problem of {@code rows} observations and {@code cols} regressors. */
    void shape(int rows, int cols) {
        if (rows > maxRows || cols > maxCols || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("design " + rows + "x" + cols + " exceeds " + maxRows + "x" + maxCols);
        }
        this.rows = rows;
        this.cols = cols;
    }

    /** Sets regressor {@code col} of observation {@code row}. */
    void x(int row, int col, double v) {
        x0[col * maxRows + row] = v;
    }

    /** Sets the dependent value of observation {@code row}. */
    void y(int row, double v) {
        y[row] = v;
    }

    /** Number of observations of the current problem. */
    int rows() {
        return rows;
    }

    /** Number of regressors of the current problem. */
    int cols() {
        return cols;
    }

    /**
     * Solves the current problem. Returns false when the design is rank deficient (or has fewer
     * rows than columns); results are then undefined.
     */
    boolean fit() {
        int n = rows;
        int k = cols;
        if (n < k) {
            return false;
        }
        for (int c = 0; c < k; c++) {
            System.arraycopy(x0, c * maxRows, x, c * maxRows, n);
        }
        System.arraycopy(y, 0, qty, 0, n);
        double maxDiag = 0.0;
        for (int j = 0; j < k; j++) {
            int cj = j * maxRows;
            double norm = 0.0;
            for (int i = j; i < n; i++) {
                norm = Math.hypot(norm, x[cj + i]);
            }
            if (norm == 0.0) {
                return false;
            }
            double alpha = x[cj + j] > 0 ? -norm : norm;
            // v = column below the diagonal with v_j = x_jj - alpha; stored in place
            x[cj + j] -= alpha;
            double vtv = 0.0;
            for (int i = j; i < n; i++) {
                vtv += x[cj + i] * x[cj + i];
            }
            for (int c = j + 1; c < k; c++) {
                int cc = c * maxRows;
                double s = 0.0;
                for (int i = j; i < n; i++) {
                    s += x[cj + i] * x[cc + i];
                }
                double f = 2.0 * s / vtv;
                for (int i = j; i < n; i++) {
                    x[cc + i] -= f * x[cj + i];
                }
            }
            double s = 0.0;
            for (int i = j; i < n; i++) {
                s += x[cj + i] * qty[i];
            }
            double f = 2.0 * s / vtv;
            for (int i = j; i < n; i++) {
                qty[i] -= f * x[cj + i];
            }
            rDiag[j] = alpha;
            maxDiag = Math.max(maxDiag, Math.abs(alpha));
        }
        double tol = maxDiag * Math.max(n, k) * Math.ulp(1.0);
        for (int j = 0; j < k; j++) {
            if (Math.abs(rDiag[j]) <= tol) {
                return false;
            }
        }
        for (int j = k - 1; j >= 0; j--) {
            double s = qty[j];
            for (int c = j + 1; c < k; c++) {
                s -= r(j, c) * beta[c];
            }
            beta[j] = s / rDiag[j];
        }
        double e = 0.0;
        for (int i = k; i < n; i++) {
            e += qty[i] * qty[i];
        }
        ssr = e;
        return true;
    }

    /** Entry (row, col) of R, col > row (the diagonal is in {@link #rDiag}). */
    private double r(int row, int col) {
        return x[col * maxRows + row];
    }

    /** Coefficient {@code j} of the last fit. */
    double coef(int j) {
        return beta[j];
    }

    /** Residual sum of squares of the last fit. */
    double ssr() {
        return ssr;
    }

    /** Residual of observation {@code row}, {@code y - X b}, from the original design. */
    double residual(int row) {
        double s = y[row];
        for (int c = 0; c < cols; c++) {
            s -= x0[c * maxRows + row] * beta[c];
        }
        return s;
    }

    /** Diagonal entry {@code j} of {@code (X'X)^-1 = R^-1 R^-T} of the last fit. */
    double inverseGramDiagonal(int j) {
        // row j of R^-1 is zero before j: solve R^T w = e_j over the columns j..k-1
        int k = cols;
        double sum = 0.0;
        for (int c = j; c < k; c++) {
            double s = c == j ? 1.0 : 0.0;
            for (int i = j; i < c; i++) {
                s -= r(i, c) * z[i];
            }
            z[c] = s / rDiag[c];
            sum += z[c] * z[c];
        }
        return sum;
    }

    /** The t-statistic of coefficient {@code j}: {@code b_j / sqrt(ssr / (n - k) * (X'X)^-1_jj)}. */
    double tValue(int j) {
        double sigma2 = ssr / (rows - cols);
        return beta[j] / Math.sqrt(sigma2 * inverseGramDiagonal(j));
    }
}
