package org.bt4j.strategy.builtin;

/**
 * {@code smacross-ls}: always in the market after the first signal — a cross up targets
 * {@code +stake}, a cross down {@code -stake}, so a reversal is one order of twice the stake.
 * Engine thread only.
 */
public final class SmaCrossLongShort extends SmaCrossBase {

    @Override
    protected void trade() {
        if (cross.get(0) > 0) {
            track(orderTargetSize(stake));
        } else if (cross.get(0) < 0) {
            track(orderTargetSize(-stake));
        }
    }
}
