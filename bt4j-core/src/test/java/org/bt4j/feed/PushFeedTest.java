package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bt4j.loop.EngineLoop;
import org.bt4j.loop.SessionJournal;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PushFeed}: pushed bars in order, the finish, and a live run recorded and replayed through the engine loop. */
class PushFeedTest {

    @Test
    void deliversPushedBarsInOrderAndEndsAfterFinish() throws Exception {
        PushFeed f = new PushFeed("live");
        assertTrue(f.isLive());
        assertFalse(f.next(), "nothing yet");
        assertFalse(f.isFinished());
        for (int i = 0; i < 3000; i++) {
            f.pushTick(i, i, 1);
        }
        for (int i = 0; i < 3000; i++) {
            assertTrue(f.next());
            assertEquals(i, f.close().get(0));
            assertEquals(i, f.datetime(0));
        }
        f.finish();
        assertFalse(f.next());
        assertTrue(f.isFinished());
        assertThrows(IllegalStateException.class, () -> f.pushTick(1, 1, 1));
        assertThrows(IllegalStateException.class, f::preload);
    }

    /** Prints each bar it sees with the loop's reading. */
    private static final class Printer extends org.bt4j.strategy.Strategy {
        final java.util.List<String> lines = new java.util.ArrayList<>();

        @Override
        protected void next() {
            lines.add(data().datetime(0) + " " + data().close().get(0) + " " + data().volume().get(0));
        }
    }

    /** A live run on {@code loop} of a feed named "live" pushed from {@code producer} (if any). */
    private static java.util.List<String> run(EngineLoop loop, PushFeed feed, Thread producer) {
        Printer p = new Printer();
        org.bt4j.engine.Cerebro c = new org.bt4j.engine.Cerebro().loop(loop).live(true);
        c.addData(feed);
        c.addStrategy(p);
        if (producer != null) {
            producer.start();
        }
        c.run();
        return p.lines;
    }

    @Test
    void aRecordedLiveRunIsReplayedFromItsJournalWithNoProducer(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("push.log");
        SimulatedClock clock = new SimulatedClock(1_000);
        EngineLoop live = new EngineLoop(clock);
        PushFeed feed = new PushFeed("live");
        feed.push(10, 1, 1, 1, 1.0, 5, 0); // before the run: handed to the loop when the run attaches the feed
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 300; i++) {
                feed.pushTick(10 + i, 1 + i / 100.0, i);
            }
            feed.finish();
        });
        java.util.List<String> printed;
        try (SessionJournal.Writer w = SessionJournal.create(journal, "push test", live.now())) {
            live.record(w);
            printed = run(live, feed, producer);
        }
        producer.join();
        assertEquals(301, printed.size());
        assertEquals("10 1.0 5.0", printed.get(0));
        assertEquals("310 4.0 300.0", printed.get(300));
        assertThrows(IllegalStateException.class, () -> feed.pushTick(400, 1, 1));

        try (SessionJournal.Reader r = SessionJournal.open(journal)) {
            PushFeed again = new PushFeed("live");
            again.pushTick(1, 99, 99); // a producer's push while replaying: the session's bars are what counts
            assertEquals(printed, run(EngineLoop.replaying(r), again, null), "the same bars, from the journal alone");
        }
    }
}
