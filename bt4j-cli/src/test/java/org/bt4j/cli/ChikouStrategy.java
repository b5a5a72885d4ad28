package org.bt4j.cli;

import org.bt4j.indicator.Ichimoku;
import org.bt4j.strategy.Strategy;

/**
 * Trades on backtrader's Ichimoku chikou span (the close written 26 bars into the past), which a
 * vectorised run fills with future closes. Test only.
 */
public final class ChikouStrategy extends Strategy {

    private Ichimoku ichimoku;

    @Override
    protected void init() {
        ichimoku = new Ichimoku(data());
    }

    @Override
    protected void next() {
        double chikou = ichimoku.line(4).get(0);
        if (position().size() == 0 && chikou > close().get(0)) {
            buy();
        } else if (position().size() > 0 && chikou < close().get(0)) {
            closePosition();
        }
    }
}
