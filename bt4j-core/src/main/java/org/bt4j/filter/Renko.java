package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.util.PyMath;

/**
 * backtrader's {@code Renko} filter: turns the bars into bricks of a fixed size. A bar whose
 * price (close, or high/low with {@code hilo}) reaches the top of the current brick emits an up
 * brick (open = low = old top, high = close = new top), one reaching the bottom a down brick;
 * other bars are dropped. As in backtrader, a down brick is written open = low = old bottom and
 * high = close = new bottom (so its "high" is below its "low"). Parameters and defaults as in backtrader: {@code hilo} false,
 * {@code size} 0 = automatic (price // {@code autosize}, default 20), {@code dynamic} false,
 * {@code align} 1.0, {@code roundstart} true. Bricks carry no volume. Engine thread only.
 */
public final class Renko extends DerivedFeed {

    private final boolean hilo;
    private final double size;
    private final double autosize;
    private final boolean dynamic;
    private final double align;
    private final boolean roundStart;
    private final Bar out = new Bar();
    private boolean started;
    private double brick;
    private double top;
    private double bot;

    /** Renko bricks with backtrader's defaults (automatic size). */
    public Renko(DataFeed source) {
        this(source, false, 0.0, 20.0, false, 1.0, true);
    }

    /**
     * Renko bricks.
     *
     * @param size brick size, 0 for automatic
     */
    public Renko(DataFeed source, boolean hilo, double size, double autosize, boolean dynamic, double align,
                 boolean roundStart) {
        super(source);
        if (size < 0 || autosize <= 0 || align <= 0) {
            throw new IllegalArgumentException("Renko size must be >= 0 (0 = automatic), autosize and align > 0; got size="
                + size + " autosize=" + autosize + " align=" + align);
        }
        this.hilo = hilo;
        this.size = size;
        this.autosize = autosize;
        this.dynamic = dynamic;
        this.align = align;
        this.roundStart = roundStart;
    }

    @Override
    protected void onSource(Bar x) {
        if (!started) {
            double o = Math.rint(x.open / align) * align;
            brick = size != 0 ? size : PyMath.floorDiv(o, autosize);
            if (roundStart) {
                o = (long) o;
            }
            top = o + brick;
            bot = o - brick;
            started = true;
        }
        double hi = hilo ? x.high : x.close;
        double lo = hilo ? x.low : x.close;
        if (hi >= top) {
            double b = top;
            double t;
            if (size == 0 && dynamic) {
                brick = PyMath.floorDiv(x.close, autosize);
                t = Math.rint((b + brick) / align) * align;
            } else {
                t = b + brick;
            }
            bot = b;
            top = t;
            emit(out.set(x.time, b, t, b, t, 0.0, 0.0), true);
        } else if (lo <= bot) {
            double t = bot;
            double b;
            if (size == 0 && dynamic) {
                brick = PyMath.floorDiv(x.close, autosize);
                b = Math.rint((t - brick) / align) * align;
            } else {
                b = t - brick;
            }
            top = t;
            bot = b;
            emit(out.set(x.time, t, b, t, b, 0.0, 0.0), true);
        }
    }
}
