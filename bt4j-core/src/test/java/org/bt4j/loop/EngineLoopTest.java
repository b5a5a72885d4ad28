package org.bt4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineLoopTest {

    /** A recordable inlet of strings that notes what it took, with the loop's reading. */
    static final class Notes implements Inlet<String> {
        final List<String> taken = new ArrayList<>();
        EngineLoop loop;

        @Override
        public String name() {
            return "notes";
        }

        @Override
        public void accept(String message) {
            taken.add(message + "@" + loop.now() + "#" + loop.seq());
        }

        @Override
        public boolean recordable() {
            return true;
        }

        @Override
        public void write(String message, DataOutput out) throws IOException {
            out.writeUTF(message);
        }

        @Override
        public String read(DataInput in) throws IOException {
            return in.readUTF();
        }
    }

    @Test
    void eachEventGetsTheNextSequenceNumberAndOneClockReading() {
        SimulatedClock clock = new SimulatedClock(1_000);
        EngineLoop loop = new EngineLoop(clock);
        Notes notes = loop.register(new Notes());
        notes.loop = loop;
        loop.offer(notes, "a");
        clock.set(2_000);
        loop.offer(notes, "b");
        assertInstanceOf(Event.Input.class, loop.step(Long.MAX_VALUE));
        clock.set(3_000);
        loop.step(Long.MAX_VALUE);
        assertEquals(List.of("a@2000#1", "b@3000#2"), notes.taken, "read when taken, not when offered");
        assertSame(Event.TIMER, loop.step(3_000), "nothing queued and the deadline has come");
        assertEquals(3, loop.seq());
    }

    @Test
    void runUntilStopsOnTheConditionOrAtTheDeadlineOnTheLoopsClock() throws Exception {
        SimulatedClock clock = new SimulatedClock(0);
        EngineLoop loop = new EngineLoop(clock);
        Notes notes = loop.register(new Notes());
        notes.loop = loop;
        loop.offer(notes, "x");
        assertTrue(loop.runUntil(() -> !notes.taken.isEmpty(), 10));
        Thread mover = new Thread(() -> clock.set(10));
        mover.start();
        assertFalse(loop.runUntil(() -> false, 10), "timed out at 0 + 10 on the clock");
        mover.join();
    }

    @Test
    void aStopFromTheEngineThreadIsImmediateAndFromAnotherGoesThroughTheInbox() throws Exception {
        EngineLoop loop = new EngineLoop(new SimulatedClock(0));
        loop.bind();
        loop.stop();
        assertTrue(loop.stopped());
        loop.resume();
        Thread other = new Thread(loop::stop);
        other.start();
        other.join();
        assertFalse(loop.stopped());
        assertSame(Event.STOP, loop.step(Long.MAX_VALUE));
        assertTrue(loop.stopped());
    }

    @Test
    void aRecordedSessionReplaysTheSameEventsAtTheSameReadings(@TempDir Path dir) {
        Path file = dir.resolve("s.log");
        SimulatedClock clock = new SimulatedClock(5_000);
        EngineLoop live = new EngineLoop(clock);
        Notes a = live.register(new Notes());
        a.loop = live;
        try (SessionJournal.Writer w = SessionJournal.create(file, "ibtest --sim", clock.nanos())) {
            live.record(w);
            live.offer(a, "first");
            live.step(Long.MAX_VALUE);
            clock.set(7_500);
            live.step(Long.MIN_VALUE); // a timer
            clock.set(9_000);
            live.offer(a, "second");
            live.step(Long.MAX_VALUE);
        }
        try (SessionJournal.Reader r = SessionJournal.open(file)) {
            assertEquals("ibtest --sim", r.header());
            EngineLoop replay = EngineLoop.replaying(r);
            Notes b = replay.register(new Notes());
            b.loop = replay;
            assertInstanceOf(Event.Input.class, replay.step(Long.MIN_VALUE));
            assertSame(Event.TIMER, replay.step(Long.MIN_VALUE));
            assertEquals(7_500, replay.clock().nanos(), "the replay's clock follows the readings");
            replay.step(Long.MIN_VALUE);
            assertSame(Event.STOP, replay.step(Long.MIN_VALUE), "the end of the journal stops the run");
            assertEquals(a.taken, b.taken);
        }
    }

    @Test
    void anInletThatCannotBeRecordedIsRefusedWhenRecording(@TempDir Path dir) {
        EngineLoop loop = new EngineLoop(new SimulatedClock(0));
        Inlet<String> plain = new Inlet<>() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public void accept(String message) {
            }
        };
        try (SessionJournal.Writer w = SessionJournal.create(dir.resolve("s.log"), "", 0)) {
            loop.record(w);
            loop.offer(plain, "x");
            assertThrows(IllegalStateException.class, () -> loop.step(Long.MAX_VALUE));
        }
    }
}
