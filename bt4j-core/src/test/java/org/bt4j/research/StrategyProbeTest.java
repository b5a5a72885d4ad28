package org.bt4j.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bt4j.broker.BackBroker;
import org.bt4j.strategy.builtin.SmaCross;
import org.junit.jupiter.api.Test;

/** {@link StrategyProbe}: the strategy's indicator lines and its orders with the bar they were created on. */
class StrategyProbeTest {

    @Test
    void snapshotsLinesAndDecisions() {
        Snapshot s = new StrategyProbe(SmaCross.class, Map.of("fast", 5, "slow", 20), BackBroker::new, true)
            .run(BarSlice.of(Bars.of(300), 0, 300));
        assertEquals(300, s.times().length);
        assertTrue(s.series().containsKey("MovingAverageSimple.sma"), s.series().keySet().toString());
        assertTrue(s.series().containsKey("MovingAverageSimple#2.sma"));
        assertTrue(s.series().containsKey("CrossOver.crossover"), s.series().keySet().toString());
        double[] cross = s.series().get("CrossOver.crossover");
        assertTrue(!s.decisions().isEmpty());
        Snapshot.Decision first = s.decisions().get(0);
        assertEquals(1.0, cross[first.bar()], "the first buy is on an upward cross");
        assertEquals("buy 1.0 Market", first.what());
    }
}
