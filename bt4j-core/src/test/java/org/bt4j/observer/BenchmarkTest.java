package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** {@link Benchmark}: the data's return over the same period beside the strategy's, no warm-up bars. */
class BenchmarkTest {

    @Test
    void dataReturnBesideStrategyReturn() {
        for (Strategy s : ObserverRuns.run(c -> c.addObserver(() -> new Benchmark(null, TimeFrame.Years, 1)))) {
            Benchmark b = ObserverRuns.find(s, Benchmark.class);
            assertTrue(Double.isNaN(ObserverRuns.at(b.line("benchmark"), 0)), "no value during warm-up");
            int last = b.len() - 1;
            // the last year's benchmark: last close over the close of the last bar of the year before
            long lastYear = java.time.Instant.ofEpochSecond(0, s.data().datetime(0)).atZone(java.time.ZoneOffset.UTC).getYear();
            int startIdx = last;
            while (java.time.Instant.ofEpochSecond(0, s.data().datetime(startIdx - last - 1))
                    .atZone(java.time.ZoneOffset.UTC).getYear() == lastYear) {
                startIdx--;
            }
            double base = s.data().close().get(startIdx - last - 1);
            assertEquals(s.data().close().get(0) / base - 1.0, b.line("benchmark").get(0), 1e-12);
            assertEquals(2, b.lineCount());
        }
    }
}
