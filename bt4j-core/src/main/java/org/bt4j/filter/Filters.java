package org.bt4j.filter;

/** The fillers' price rule, with Python's truthiness. Stateless. */
final class Filters {

    private Filters() {
    }

    /** The fill price rule of the fillers: {@code fill} unless it is 0 (Python's falsy), else {@code last}. */
    static double fillPrice(double fill, double last) {
        return fill != 0.0 ? fill : last;
    }
}
