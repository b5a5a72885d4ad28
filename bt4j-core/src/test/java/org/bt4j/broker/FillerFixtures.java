package org.bt4j.broker;

import org.bt4j.feed.ArrayFeed;
import org.bt4j.order.Order;
import org.bt4j.testkit.DailyBars;
import org.bt4j.testkit.OrderFixtures;

/** Shared data of the filler tests: two bars (H/L/volume given) and orders on the second one. */
final class FillerFixtures {

    private FillerFixtures() {
    }

    /** Bar 1: H 20 L 10 volume 40; bar 2 (current): H 11 L 9 volume {@code volume}. */
    static ArrayFeed data(double volume) {
        return DailyBars.at(DailyBars.ohlcv(new double[] {15, 20, 10, 15, 40}, new double[] {10, 11, 9, 10, volume}), 2);
    }

    /** An order of {@code unsignedSize} of which {@code filled} (unsigned) is already executed. */
    static Order order(ArrayFeed data, boolean buy, double unsignedSize, double filled) {
        Order o = OrderFixtures.market(1, data, buy, unsignedSize);
        if (filled > 0) {
            OrderFixtures.fill(o, buy ? filled : -filled, 10);
        }
        return o;
    }
}
