package org.bt4j.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the indicators created while a strategy (or a test) is being set up, in creation
 * order, which is dependency order. The engine opens a context around {@code Strategy.init()};
 * tests and tools can open one themselves with {@link #open()}.
 */
public final class LineContext implements AutoCloseable {

    private static final ThreadLocal<LineContext> CURRENT = new ThreadLocal<>();

    private final List<Indicator> indicators = new ArrayList<>();
    private final LineContext outer;

    private LineContext(LineContext outer) {
        this.outer = outer;
    }

    /** Opens a context on this thread; close it to restore the previous one. */
    public static LineContext open() {
        LineContext ctx = new LineContext(CURRENT.get());
        CURRENT.set(ctx);
        return ctx;
    }

    static void register(Indicator indicator) {
        LineContext ctx = CURRENT.get();
        if (ctx != null) {
            ctx.indicators.add(indicator);
        }
    }

    /** The indicators registered so far, in creation order. */
    public List<Indicator> indicators() {
        return indicators;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
