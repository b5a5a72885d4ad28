package org.bt4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.Test;

class InboxTest {

    @Test
    void takesInOfferingOrderAndTimesOutOnlyWhenTheClockReachesTheDeadline() {
        Inbox in = new Inbox();
        SimulatedClock clock = new SimulatedClock(100);
        assertNull(in.take(clock, Long.MIN_VALUE), "nothing queued, do not wait");
        assertNull(in.take(clock, 100), "the deadline is now");
        in.offer(Event.WAKE);
        in.offer(Event.STOP);
        assertSame(Event.WAKE, in.take(clock, Long.MAX_VALUE));
        assertSame(Event.STOP, in.take(clock, Long.MAX_VALUE));
        assertTrue(in.isEmpty());
    }

    @Test
    void aParkedTakerWakesWhenAnotherThreadOffers() throws Exception {
        Inbox in = new Inbox();
        SimulatedClock clock = new SimulatedClock(0); // never moves: only the offer can wake the taker
        Thread producer = new Thread(() -> in.offer(Event.WAKE));
        producer.start();
        assertSame(Event.WAKE, in.take(clock, Long.MAX_VALUE));
        producer.join();
    }

    @Test
    void aParkedTakerWakesWhenTheClockReachesItsDeadline() throws Exception {
        Inbox in = new Inbox();
        SimulatedClock clock = new SimulatedClock(0);
        Thread mover = new Thread(() -> clock.set(1_000));
        mover.start();
        assertNull(in.take(clock, 1_000));
        mover.join();
        assertEquals(1_000, clock.nanos());
    }
}
