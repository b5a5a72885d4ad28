package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link FundShares}: the broker's fund shares per bar (start cash / 100 without cash moves). */
class FundSharesTest {

    @Test
    void fundSharesPerBar() {
        for (Strategy s : ObserverRuns.run(c -> c.addObserver(FundShares::new))) {
            FundShares f = ObserverRuns.find(s, FundShares.class);
            for (int i = 0; i < f.len(); i += 99) {
                assertEquals(s.broker().fundShares(), ObserverRuns.at(f.line("fundshares"), i), 0.0);
            }
            assertEquals(100.0, s.broker().fundShares(), 0.0);
        }
    }
}
