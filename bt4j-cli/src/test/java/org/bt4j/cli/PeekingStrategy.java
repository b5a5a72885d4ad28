package org.bt4j.cli;

import org.bt4j.strategy.Strategy;

/** A strategy with look-ahead bias: it decides on the next bar's close ({@code get(+1)}). Test only. */
public final class PeekingStrategy extends Strategy {

    @Override
    protected void next() {
        double tomorrow = close().get(1);
        if (position().size() == 0 && tomorrow > close().get(0)) {
            buy();
        } else if (position().size() > 0 && !(tomorrow > close().get(0))) {
            closePosition();
        }
    }
}
