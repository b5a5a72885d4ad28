package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
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
        Timing<Integer> t = Timing.of(2, () -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }, x -> x);
        assertTrue(t.medianSeconds() < 0.04, "median " + t.medianSeconds());
    }

    @Test
    void measuresTheThreadsCpuTimeOfBusyWork() {
        Timing<Double> t = Timing.of(2, () -> {
            double x = 0;
            for (int i = 0; i < 20_000_000; i++) {
                x += Math.sqrt(i);
            }
            return x;
        });
        double cpu = t.bestCpuSeconds();
        assertTrue(Double.isNaN(cpu) || (cpu > 0 && cpu <= t.medianSeconds() * 1.5 + 0.01), "cpu " + cpu);
    }

    @Test
    void needsAtLeastOneRepetition() {
        assertThrows(IllegalArgumentException.class, () -> Timing.of(0, () -> 1));
    }
}
