package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/** backtrader's {@code UpMove}: {@code x - x(-1)}. Line {@code upmove}. Engine thread only. */
public final class UpMove extends CompositeIndicator {

    /** The up move of {@code data}. */
    public UpMove(Line data) {
        super(new String[] {"upmove"}, () -> new Line[] {sub(data, Delay.of(data, 1))});
    }
}
