package org.bt4j.indicator;

/** The reusable {@link Window} over a slice of an array. Engine thread only. */
final class ArrayWindow implements Window {

    private double[] a;
    private int from;
    private int n;

    /** Points the view at {@code a[from .. from + n)}. */
    ArrayWindow reset(double[] a, int from, int n) {
        this.a = a;
        this.from = from;
        this.n = n;
        return this;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double get(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("window index " + i + " outside 0.." + (n - 1));
        }
        return a[from + i];
    }
}
