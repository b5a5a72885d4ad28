package org.bt4j.bench.compare;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A description of the machine and JVM a measurement came from: CPU model (from
 * {@code /proc/cpuinfo} where it exists), processors visible to the JVM, JVM name and version,
 * garbage collectors and maximum heap. Immutable value; {@link #current()} may be called from any
 * thread.
 *
 * @param cpu        CPU model name, or the OS architecture when unknown
 * @param processors processors available to the JVM
 * @param jvm        JVM name and runtime version
 * @param gc         garbage collector names
 * @param maxHeapMib maximum heap in MiB
 */
public record Machine(String cpu, int processors, String jvm, String gc, long maxHeapMib) {

    /** The machine this JVM runs on. */
    public static Machine current() {
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(b.getName());
        }
        return new Machine(cpuModel(Path.of("/proc/cpuinfo")), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
            String.join(", ", gcs), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The first {@code model name} of a cpuinfo file, else {@code os.arch}. */
    static String cpuModel(Path cpuinfo) {
        try {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    int colon = line.indexOf(':');
                    if (colon >= 0) {
                        return line.substring(colon + 1).trim();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: fall through to the architecture
        }
        return System.getProperty("os.arch");
    }

    @Override
    public String toString() {
        return cpu + ", " + processors + " processors visible, " + jvm + ", GC " + gc + ", max heap " + maxHeapMib
            + " MiB";
    }
}
