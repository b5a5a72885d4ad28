package org.bt4j.bench.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LivePathLatencyTest {

    private static String run(long expectedOrders, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long measured = LivePathLatency.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedOrders, measured, out);
        assertTrue(out.contains(expectedOrders + " orders measured"), out);
        assertTrue(out.contains("latency us: p50 "), out);
        return out;
    }

    @Test
    void everyTickAfterTheWarmUpIsAnsweredByAnOrderAndMeasured() throws Exception {
        String out = run(200, "1", "200");
        assertTrue(out.startsWith("live path tick -> strategy -> order"), out);
    }

    @Test
    void theFloorEchoesEveryTick() throws Exception {
        String out = run(200, "1", "200", "floor");
        assertTrue(out.startsWith("machine floor: tick -> bare echo"), out);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LivePathLatency.run(new String[] {"1", "200", "echo"},
                System.out));
        assertThrows(IllegalArgumentException.class, () -> LivePathLatency.run(new String[] {"0"}, System.out));
    }
}
