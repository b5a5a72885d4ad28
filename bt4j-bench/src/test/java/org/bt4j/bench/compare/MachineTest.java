package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineTest {

    @Test
    void readsTheCpuModelFromCpuinfo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cpuinfo");
        Files.writeString(f, "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n");
        assertEquals("AMD EPYC 7B13", Machine.cpuModel(f));
    }

    @Test
    void fallsBackToTheArchitecture(@TempDir Path dir) {
        assertEquals(System.getProperty("os.arch"), Machine.cpuModel(dir.resolve("missing")));
    }

    @Test
    void describesThisJvm() {
        Machine m = Machine.current();
        assertTrue(m.processors() >= 1);
        assertTrue(m.maxHeapMib() > 0);
        assertTrue(m.toString().contains(System.getProperty("java.runtime.version")), m.toString());
    }
}
