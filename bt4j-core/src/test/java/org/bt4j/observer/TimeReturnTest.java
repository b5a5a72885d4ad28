package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** {@link TimeReturn} (observer): the running return of the current year, ending at the analyzer's figure. */
class TimeReturnTest {

    @Test
    void yearlyReturnSoFar() {
        for (Strategy s : ObserverRuns.run(c -> c.addObserver(() -> new TimeReturn(TimeFrame.Years, 1))
                .addAnalyzer("tr", () -> new org.bt4j.analyzer.TimeReturn(TimeFrame.Years, 1)))) {
            TimeReturn o = ObserverRuns.find(s, TimeReturn.class);
            Map<String, Object> a = s.analyzers().get(0).analysis();
            double last = (Double) a.values().stream().reduce((x, y) -> y).orElseThrow();
            assertEquals(last, o.line("timereturn").get(0), 0.0);
            assertEquals(0.0, ObserverRuns.at(o.line("timereturn"), 0), "flat on the first bar");
        }
    }
}
