package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link DrawDown}: the DrawDown analyzer's figures, bar by bar. */
class DrawDownTest {

    @Test
    void followsTheAnalyzer() {
        for (Strategy s : ObserverRuns.run(c -> c.addObserver(DrawDown::new)
                .addAnalyzer("dd", org.bt4j.analyzer.DrawDown::new))) {
            DrawDown o = ObserverRuns.find(s, DrawDown.class);
            Map<String, Object> a = s.analyzers().get(0).analysis();
            assertEquals((Double) a.get("drawdown"), o.line("drawdown").get(0), 0.0);
            assertEquals((Double) ((Map<?, ?>) a.get("max")).get("drawdown"), o.line("maxdrawdown").get(0), 0.0);
            assertEquals(0.0, ObserverRuns.at(o.line("drawdown"), 0), "zero during warm-up");
            double max = 0;
            for (int i = 0; i < o.len(); i++) {
                max = Math.max(max, ObserverRuns.at(o.line("drawdown"), i));
                assertEquals(max, ObserverRuns.at(o.line("maxdrawdown"), i), 0.0);
            }
        }
    }
}
