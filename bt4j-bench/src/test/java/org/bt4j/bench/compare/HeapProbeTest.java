package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void peakCoversWhatWasAllocatedSinceStart() {
        HeapProbe probe = new HeapProbe();
        long start = probe.start();
        long[] big = new long[8 << 20];
        big[big.length - 1] = 1;
        long peak = probe.peakMib();
        assertTrue(peak >= start + 60, "start " + start + " MiB, peak " + peak + " MiB after a 64 MiB array");
        assertTrue(big[big.length - 1] == 1);
    }
}
