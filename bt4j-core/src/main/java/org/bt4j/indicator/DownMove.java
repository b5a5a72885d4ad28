package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/** backtrader's {@code DownMove}: {@code x(-1) - x}. Line {@code downmove}. Engine thread only. */
public final class DownMove extends CompositeIndicator {

    /** The down move of {@code data}. */
    public DownMove(Line data) {
        super(new String[] {"downmove"}, () -> new Line[] {sub(Delay.of(data, 1), data)});
    }
}
