package org.bt4j.bench.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the peak heap of one piece of work: {@link #start()} collects garbage and resets the
 * heap pools' peak counters; {@link #peakMib()} then sums the pools' peaks. The sum of per-pool
 * peaks is an upper bound of the true peak (pools peak at different moments) and includes
 * whatever was already live at the start (for example preloaded data) and garbage not yet
 * collected, which is what a user's {@code -Xmx} has to accommodate. One probe per thread.
 */
public final class HeapProbe {

    private final List<MemoryPoolMXBean> pools = new ArrayList<>();

    /** A probe over every heap pool of this JVM. */
    public HeapProbe() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                pools.add(p);
            }
        }
    }

    /** Collects garbage, resets the peaks and returns the live heap now, MiB. */
    public long start() {
        System.gc();
        for (MemoryPoolMXBean p : pools) {
            p.resetPeakUsage();
        }
        return usedMib();
    }

    /** The heap in use now, MiB. */
    public long usedMib() {
        long used = 0;
        for (MemoryPoolMXBean p : pools) {
            used += p.getUsage().getUsed();
        }
        return used >> 20;
    }

    /** The sum of the heap pools' peaks since {@link #start()}, MiB. */
    public long peakMib() {
        long peak = 0;
        for (MemoryPoolMXBean p : pools) {
            peak += p.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
