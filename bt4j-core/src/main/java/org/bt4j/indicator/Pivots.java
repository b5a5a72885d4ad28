package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.mul;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/** The pivot of the pivot-point family: (h + l + c) / 3, (h + l + 2c) / 4 with close, (h + l + c + o) / 4 with open. */
final class Pivots {

    private Pivots() {
    }

    static Line pivot(DataFeed d, boolean open, boolean close) {
        Line h = d.high();
        Line l = d.low();
        Line c = d.close();
        if (close) {
            return div(add(add(h, l), mul(2.0, c)), 4.0);
        }
        if (open) {
            return div(add(add(add(h, l), c), d.open()), 4.0);
        }
        return div(add(add(h, l), c), 3.0);
    }
}
