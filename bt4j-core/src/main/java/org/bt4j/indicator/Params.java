package org.bt4j.indicator;

/** Argument checks shared by the indicator constructors; messages name the bad value. */
final class Params {

    private Params() {
    }

    /** {@code value} if it is at least {@code min}, else a clear IllegalArgumentException. */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /** A period: at least 1. */
    static int period(int value) {
        return atLeast("period", value, 1);
    }

    /** A named period: at least 1. */
    static int period(String name, int value) {
        return atLeast(name, value, 1);
    }
}
