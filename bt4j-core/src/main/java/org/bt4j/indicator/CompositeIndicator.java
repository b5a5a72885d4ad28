package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * An indicator whose output lines are other lines of its graph — backtrader's
 * {@code self.lines.x = <expression>} binding. Each output mirrors its source on every bar where
 * the source has a value (also before the composite's own minimum period, as in backtrader), and
 * each output line keeps its source's minimum period; the composite's minimum period is the
 * largest over all sources and extra dependencies.
 *
 * <p>Subclasses hand this constructor a builder of the sources: it runs inside the composite's
 * construction scope ({@link #building}), so every sub-indicator it creates is the composite's
 * nested helper, registered and computed ahead of it.
 * Engine thread only.
 */
public abstract class CompositeIndicator extends Indicator {

    private final int outputs;

    /**
     * @param names   output line names; the first {@code sources.length} mirror the sources, any
     *                further ones are computed by {@link #nextOwn()} / {@link #onceOwn(int, int)}
     * @param sources builds the lines the first outputs mirror, in the same order
     * @param extra   further input lines (their warm-up counts for this indicator's minimum period)
     */
    protected CompositeIndicator(String[] names, java.util.function.Supplier<Line[]> sources, Line... extra) {
        super(names, concat(building(sources), extra));
        this.outputs = inputCount() - extra.length;
        if (outputs > names.length) {
            throw new IllegalArgumentException("more sources than output lines");
        }
        for (int i = 0; i < outputs; i++) {
            out(i).setMinPeriod(input(i).minPeriod());
        }
    }

    private static Line[] concat(Line[] a, Line[] b) {
        Line[] all = new Line[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The source of output {@code i}. */
    protected final Line source(int i) {
        return input(i);
    }

    /** Copies the sources' current values (every bar, warm-up included), then the own outputs. */
    private void mirror() {
        for (int i = 0; i < outputs; i++) {
            out(i).set(0, input(i).get(0));
        }
        nextOwn();
    }

    /** Bar by bar: computes the outputs that mirror no source (every bar); default none. */
    protected void nextOwn() {
    }

    /** Vectorised: computes the outputs that mirror no source over {@code [start, end)}. */
    protected void onceOwn(int start, int end) {
    }

    @Override
    protected void prenext() {
        mirror();
    }

    @Override
    protected void nextStart() {
        mirror();
    }

    @Override
    protected void next() {
        mirror();
    }

    @Override
    protected void preOnce(int start, int end) {
        copy(start, end);
    }

    @Override
    protected void once(int start, int end) {
        copy(start, end);
    }

    private void copy(int start, int end) {
        for (int i = 0; i < outputs; i++) {
            System.arraycopy(input(i).buffer().array(), start, out(i).array(), start, end - start);
        }
        onceOwn(start, end);
    }
}
