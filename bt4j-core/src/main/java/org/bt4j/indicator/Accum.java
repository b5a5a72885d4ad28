package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code Accum} (aliases CumSum, CumulativeSum): the running sum
 * {@code seed + x[0] + x[1] + ...}, added left to right as backtrader does. Line {@code accum};
 * default seed 0.0. Engine thread only.
 */
public final class Accum extends Indicator {

    private final double seed;

    /** Cumulative sum from 0.0. */
    public Accum(Line input) {
        this(input, 0.0);
    }

    /** Cumulative sum starting at {@code seed}. */
    public Accum(Line input, double seed) {
        super(new String[] {"accum"}, input);
        this.seed = seed;
    }

    @Override
    protected void nextStart() {
        out(0).set(0, seed + input(0).get(0));
    }

    @Override
    protected void next() {
        out(0).set(0, out(0).get(-1) + input(0).get(0));
    }

    @Override
    protected void once(int start, int end) {
        double[] src = input(0).buffer().array();
        double[] dst = out(0).array();
        double prev = seed;
        for (int i = start; i < end; i++) {
            prev = prev + src[i];
            dst[i] = prev;
        }
    }
}
