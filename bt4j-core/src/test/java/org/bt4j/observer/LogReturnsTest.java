package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link LogReturns}: daily log return of the value, {@code ln(v_t / v_t-1)}. */
class LogReturnsTest {

    @Test
    void dailyLogReturnOfTheValue() {
        for (Strategy s : ObserverRuns.run(c -> c.addObserver(LogReturns::new))) {
            LogReturns lr = ObserverRuns.find(s, LogReturns.class);
            Broker b = ObserverRuns.find(s, Broker.class);
            for (int i = 1; i < lr.len(); i += 37) {
                double v = ObserverRuns.at(b.line("value"), i);
                double prev = ObserverRuns.at(b.line("value"), i - 1);
                assertEquals(Math.log(v / prev), ObserverRuns.at(lr.line("logret1"), i), 1e-12, "bar " + i);
            }
        }
    }
}
