package org.bt4j.bench;

import java.lang.management.ManagementFactory;

/**
 * What a piece of work cost the whole JVM, read before and after it: CPU time of every thread of
 * the process (the engine's, the indicator pass beside the loop, the parallel CSV parser's, the
 * collector's and the compiler's) and bytes allocated by every thread, including threads that
 * ended meanwhile. A harness that reads only its own thread undercounts work the engine hands to
 * other threads (since the precompute pipeline, a 1M-bar runonce run's indicator pass), so the
 * benchmarks read these instead. On a warm JVM the compiler's share is small; the collector's is
 * part of the work's cost. Stateless; any thread may call it.
 */
public final class JvmMeter {

    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private JvmMeter() {
    }

    /** CPU time used by the whole process so far, nanoseconds; negative when the platform cannot tell. */
    public static long cpuNanos() {
        return OS.getProcessCpuTime();
    }

    /** CPU time used by the calling thread so far, nanoseconds (what single-thread figures read). */
    public static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Bytes allocated on the heap by all threads since the JVM started, ended threads included;
     * negative when the JVM cannot tell.
     */
    public static long allocatedBytes() {
        return THREADS.isThreadAllocatedMemoryEnabled() ? THREADS.getTotalThreadAllocatedBytes() : -1;
    }
}
