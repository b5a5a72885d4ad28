package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link Broker}: cash and value on every bar, ending at the broker's final figures. */
class BrokerTest {

    @Test
    void cashAndValuePerBar() {
        for (Strategy s : ObserverRuns.run(c -> { })) {
            Broker b = ObserverRuns.find(s, Broker.class);
            assertEquals(1000, b.len());
            assertEquals(10000.0, ObserverRuns.at(b.line("cash"), 0));
            assertEquals(10000.0, ObserverRuns.at(b.line("value"), 0));
            assertEquals(s.broker().getCash(), b.line("cash").get(0), 0.0);
            assertEquals(s.broker().getValue(), b.line("value").get(0), 0.0);
            for (int i = 0; i < 1000; i++) {
                double pos = ObserverRuns.at(b.line("value"), i) - ObserverRuns.at(b.line("cash"), i);
                assertEquals(true, pos == 0 || Math.abs(pos) > 50, "flat, or one share of a ~100+ stock: " + pos);
            }
        }
    }
}
