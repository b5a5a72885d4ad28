package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    /** A participant that waits for each of {@code deadlines} in turn and notes the time it woke at. */
    private static Thread participant(VirtualClock clock, String name, List<String> log, long... deadlines) {
        Thread t = new Thread(() -> {
            clock.join();
            for (long d : deadlines) {
                clock.sleepUntil(d);
                log.add(name + "@" + clock.nanos());
            }
            clock.leave();
        }, name);
        t.setDaemon(true);
        return t;
    }

    /** Waits until {@code t} is parked (on the clock: it waits for its deadline). */
    private static void parked(Thread t) {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (t.getState() != Thread.State.WAITING) {
            assertTrue(System.nanoTime() < giveUp, t.getName() + " never waited");
            Thread.onSpinWait();
        }
    }

    @Test
    void jumpsToTheEarliestDeadlineOnceEveryParticipantWaitsAndRunsThoseDueTogetherByName() throws Exception {
        VirtualClock clock = new VirtualClock(0);
        List<String> log = new CopyOnWriteArrayList<>();
        Thread b = participant(clock, "b", log, 100, 300);
        Thread a = participant(clock, "a", log, 100, 200);
        clock.hold(); // both join before the clock may move
        b.start();
        a.start();
        parked(a);
        parked(b);
        clock.release();
        a.join(10_000);
        b.join(10_000);
        assertEquals(List.of("a@100", "b@100", "a@200", "b@300"), log);
        assertEquals(300, clock.nanos());
    }

    @Test
    void theClockWaitsWhileWorkIsHeldOrAFrameIsInFlight() throws Exception {
        VirtualClock clock = new VirtualClock(0);
        List<String> log = new CopyOnWriteArrayList<>();
        clock.hold();
        clock.sent("conn");
        Thread a = participant(clock, "a", log, 50);
        a.start();
        parked(a);
        assertEquals(0, clock.nanos(), "held: the clock does not move");
        clock.release();
        parked(a);
        assertEquals(0, clock.nanos(), "a frame is still in flight");
        clock.closed("conn"); // its reader ended: the frame will never be read
        a.join(10_000);
        assertFalse(a.isAlive());
        assertEquals(List.of("a@50"), log);
    }

    @Test
    void aDeadlineIsReachedOnlyOnTheCallersTurn() {
        VirtualClock clock = new VirtualClock(10);
        clock.join();
        assertTrue(clock.reached(10));
        assertFalse(clock.reached(11));
        clock.hold();
        assertFalse(clock.reached(10), "work in flight comes first");
        clock.release();
        assertTrue(clock.reached(5));
    }
}
