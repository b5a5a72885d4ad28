package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway thread's timers on a virtual clock: time order, each at its own instant, ties in scheduling order. */
class GatewayLoopTest {

    final SimulatedClock clock = new SimulatedClock(1_000L);
    final GatewayLoop loop = new GatewayLoop(clock);

    @AfterEach
    void stop() {
        loop.stop();
    }

    @Test
    void timersRunInTimeOrderWithNowAtTheirDueTimeWhenTheClockJumps() {
        loop.start();
        List<String> ran = new ArrayList<>();
        loop.call(() -> {
            loop.schedule(3_000, () -> ran.add("c@" + loop.now()));
            loop.schedule(2_000, () -> {
                ran.add("a@" + loop.now());
                loop.schedule(2_500, () -> ran.add("inner@" + loop.now()));
            });
            loop.schedule(2_000, () -> ran.add("b@" + loop.now()));
            loop.schedule(9_000, () -> ran.add("late@" + loop.now()));
            return null;
        });
        clock.advance(Duration.ofNanos(4_000)); // to 5 000: everything due by then, not the 9 000 one
        assertEquals(List.of("a@2000", "b@2000", "inner@2500", "c@3000"), loop.call(() -> List.copyOf(ran)));
        assertEquals(5_000, loop.call(loop::now), "a posted task runs at the clock's time");
    }

    @Test
    void callRunsOnTheGatewayThreadAndPassesFailuresBack() {
        loop.start();
        assertEquals("gateway", loop.call(() -> Thread.currentThread().getName()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.call(() -> {
            throw new ArithmeticException("boom");
        }));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }
}
