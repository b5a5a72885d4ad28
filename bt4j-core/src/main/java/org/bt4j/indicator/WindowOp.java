package org.bt4j.indicator;

/**
 * A user function of a {@link Window} — the Java form of the Python callable backtrader's
 * {@code ApplyN(func=...)}, {@code FindFirstIndex(_evalfunc=...)} and
 * {@code FindLastIndex(_evalfunc=...)} take, e.g. {@code w -> w.max() - w.min()}. Called once per
 * bar on the engine thread with a reused view; it should not allocate.
 */
@FunctionalInterface
public interface WindowOp {

    /** The function's value for the window (oldest value first). */
    double apply(Window window);
}
