package org.bt4j.util;

/**
 * Python float arithmetic that Java lacks, bit for bit (used wherever backtrader uses {@code //}: sizes,
 * fillers, Renko bricks). Stateless and thread-safe.
 */
public final class PyMath {

    private PyMath() {
    }

    /** Python's {@code a // b} for floats (CPython's float floor division). */
    public static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        if (div != 0) {
            double fd = Math.floor(div);
            if (div - fd > 0.5) {
                fd += 1.0;
            }
            return fd;
        }
        return Math.copySign(0.0, a / b);
    }
}
