package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code LineDelay}, written {@code line(-k)} in backtrader: the value of
 * {@code source} {@code k} bars ago. Minimum period = the source's + k. Line {@code delay}.
 * Engine thread only.
 */
public final class Delay extends Indicator {

    private final int ago;

    /** {@code source} delayed by {@code ago >= 0} bars. */
    public Delay(Line source, int ago) {
        super(new String[] {"delay"}, source);
        this.ago = Params.atLeast("ago", ago, 0);
        addMinPeriod(ago + 1);
    }

    /** Shorthand for {@code new Delay(source, ago).line(0)}. */
    public static Line of(Line source, int ago) {
        return ago == 0 ? source : new Delay(source, ago).line(0);
    }

    @Override
    protected void next() {
        out(0).set(0, input(0).get(-ago));
    }

    /**
     * Its vectorised pass reads and writes arrays only, bar by bar with no state
     * ({@link Indicator#onceInSpans()}).
     */
    @Override
    protected final boolean onceInSpans() {
        return true;
    }

    @Override
    protected void once(int start, int end) {
        double[] src = input(0).buffer().array();
        double[] dst = out(0).array();
        for (int i = start; i < end; i++) {
            dst[i] = src[i - ago];
        }
    }
}
