package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link FundValue}: the broker's fund value per bar (100 at the start, tracking the value). */
class FundValueTest {

    @Test
    void fundValuePerBar() {
        for (Strategy s : ObserverRuns.run(c -> c.addObserver(FundValue::new))) {
            FundValue f = ObserverRuns.find(s, FundValue.class);
            assertEquals(s.broker().fundValue(), f.line("fundval").get(0), 0.0);
            assertEquals(100.0 * s.broker().getValue() / 10000.0, f.line("fundval").get(0), 1e-9);
        }
    }
}
