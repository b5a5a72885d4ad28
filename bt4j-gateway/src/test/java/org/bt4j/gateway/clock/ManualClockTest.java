package org.bt4j.gateway.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class ManualClockTest {

    @Test
    void startsAtTheGivenInstantToTheNanosecond() {
        // 2024-01-05T14:30:00Z = 1 704 465 000 s
        assertEquals(1_704_465_000L * 1_000_000_000L, ManualClock.at("2024-01-05T14:30:00Z").nanos());
        assertEquals(1_704_465_000_123_456_789L, ManualClock.at(Instant.ofEpochSecond(1_704_465_000L, 123_456_789)).nanos());
        assertEquals(-1L, ManualClock.at(Instant.ofEpochSecond(-1, 999_999_999)).nanos());
    }

    @Test
    void instantsBeyondEpochNanosAreRefused() {
        // epoch nanos in a long end in April 2262
        assertThrows(ArithmeticException.class, () -> ManualClock.at("2263-01-01T00:00:00Z"));
    }

    @Test
    void onAdvanceListenersHearEveryMove() {
        ManualClock c = ManualClock.at("2024-01-05T14:30:00Z");
        AtomicInteger calls = new AtomicInteger();
        c.onAdvance(calls::incrementAndGet);
        c.advance(1_000_000_000L);
        c.advance(java.time.Duration.ofMinutes(1));
        assertEquals(2, calls.get());
        assertEquals((1_704_465_000L + 61) * 1_000_000_000L, c.nanos());
    }
}
