package org.bt4j.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JvmMeterTest {

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Work done on a thread that has ended by the second reading, measured by that thread itself. */
    @Test
    void countsTheCpuAndAllocationOfAnotherThreadThatHasEnded() throws InterruptedException {
        AtomicLong cpu = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        long cpu0 = JvmMeter.cpuNanos();
        long alloc0 = JvmMeter.allocatedBytes();
        Thread worker = new Thread(() -> {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            long x = 0;
            for (int i = 0; i < 64; i++) {
                long[] block = new long[1 << 16];
                for (int j = 0; j < block.length; j++) {
                    block[j] = x += j * 31L + i;
                }
                x += block[i];
            }
            while (THREADS.getCurrentThreadCpuTime() - c0 < 50_000_000L) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink.set(x);
            allocated.set(THREADS.getCurrentThreadAllocatedBytes() - a0);
            cpu.set(THREADS.getCurrentThreadCpuTime() - c0);
        }, "jvm-meter-test");
        worker.start();
        worker.join();
        long cpuSeen = JvmMeter.cpuNanos() - cpu0;
        long allocSeen = JvmMeter.allocatedBytes() - alloc0;
        assertTrue(cpu.get() >= 50_000_000L, "worker CPU " + cpu.get());
        assertTrue(cpuSeen >= cpu.get(), "process CPU " + cpuSeen + " < the worker's own " + cpu.get());
        assertTrue(allocated.get() >= 64L * (1 << 16) * Long.BYTES, "worker allocated " + allocated.get());
        assertTrue(allocSeen >= allocated.get(), "JVM allocation " + allocSeen + " < the worker's own " + allocated.get());
    }
}
