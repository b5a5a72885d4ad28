package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void runsEachRepetitionOnAFreshInputAndKeepsTheLastResult() {
        AtomicInteger setups = new AtomicInteger();
        Timing<Integer> t = Timing.of(4, setups::incrementAndGet, x -> x * 10);
        assertEquals(4, setups.get());
        assertEquals(40, t.result());
        assertTrue(t.bestSeconds() <= t.medianSeconds());
    }

    @Test
    void setupTimeStaysOutsideTheClock() {
        AtomicLong ticker = new AtomicLong();
        Timing<Integer> t = Timing.of(2, () -> {
            ticker.addAndGet(50_000_000L); // a setup that takes 50 ms
            return 1;
        }, x -> {
            ticker.addAndGet(1_000_000L); // work that takes 1 ms
            return x;
        }, ticker::get);
        assertEquals(0.001, t.medianSeconds(), 1e-12);
        assertEquals(0.001, t.bestSeconds(), 1e-12);
    }

    @Test
    void measuresTheProcessCpuTimeOfBusyWork() {
        Timing<Double> t = Timing.of(2, () -> {
            double x = 0;
            for (int i = 0; i < 20_000_000; i++) {
                x += Math.sqrt(i);
            }
            return x;
        });
        double cpu = t.meanCpuSeconds();
        assertTrue(Double.isNaN(cpu) || (cpu > 0 && cpu <= t.medianSeconds() * 1.5 + 0.01), "cpu " + cpu);
    }

    @Test
    void needsAtLeastOneRepetition() {
        assertThrows(IllegalArgumentException.class, () -> Timing.of(0, () -> 1));
    }
}
