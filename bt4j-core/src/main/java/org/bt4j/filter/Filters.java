package org.bt4j.filter;

/** Small numeric helpers shared by the filters, with Python's semantics. Stateless. */
final class Filters {

    private Filters() {
    }

    /** Python's float floor division {@code a // b}. */
    static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return div == 0 ? Math.copySign(0.0, a / b) : floor;
    }

    /** The fill price rule of the fillers: {@code fill} unless it is 0 (Python's falsy), else {@code last}. */
    static double fillPrice(double fill, double last) {
        return fill != 0.0 ? fill : last;
    }
}
