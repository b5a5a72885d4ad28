package org.bt4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionJournalTest {

    private static Path threeRecords(Path dir) {
        Path file = dir.resolve("s.log");
        EngineLoopTest.Notes notes = new EngineLoopTest.Notes();
        try (SessionJournal.Writer w = SessionJournal.create(file, "header", 1_000)) {
            w.append(1_000, new Event.Input<>(notes, "hello"));
            w.append(1_250, Event.TIMER);
            w.append(900_000_000_000L, Event.WAKE);
            assertEquals(5, w.records(), "header, inlet name, three events");
        }
        return file;
    }

    @Test
    void readsBackEveryEventWithItsReading(@TempDir Path dir) {
        try (SessionJournal.Reader r = SessionJournal.open(threeRecords(dir))) {
            r.bind(new EngineLoopTest.Notes());
            assertEquals("header", r.header());
            assertEquals(1_000, r.startNanos());
            SessionJournal.Entry e = r.next();
            assertEquals(1_000, e.nanos());
            assertEquals("hello", ((Event.Input<?>) e.event()).payload());
            assertSame(Event.TIMER, r.next().event());
            SessionJournal.Entry w = r.next();
            assertEquals(900_000_000_000L, w.nanos());
            assertSame(Event.WAKE, w.event());
            assertNull(r.next());
            assertFalse(r.torn());
        }
    }

    @Test
    void aTornLastRecordEndsTheJournalAndKeepsEveryEarlierOne(@TempDir Path dir) throws Exception {
        Path file = threeRecords(dir);
        byte[] all = Files.readAllBytes(file);
        for (int cut = all.length - 1; cut > all.length - 4; cut--) { // a kill -9 in the middle of the last write
            Files.write(file, Arrays.copyOf(all, cut));
            try (SessionJournal.Reader r = SessionJournal.open(file)) {
                r.bind(new EngineLoopTest.Notes());
                assertEquals("hello", ((Event.Input<?>) r.next().event()).payload());
                assertSame(Event.TIMER, r.next().event());
                assertNull(r.next());
                assertTrue(r.torn());
            }
        }
    }

    @Test
    void aFileThatIsNotAJournalIsOneClearLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "Date,Open\n");
        assertEquals(file + ": not a bt4j session journal (recorded with --record)",
                assertThrows(BadInputException.class, () -> SessionJournal.open(file)).getMessage());
        assertEquals(dir.resolve("none") + ": no such session journal",
                assertThrows(BadInputException.class, () -> SessionJournal.open(dir.resolve("none"))).getMessage());
    }

    @Test
    void eventsOfAnInletThisRunDoesNotHaveAreRefused(@TempDir Path dir) {
        try (SessionJournal.Reader r = SessionJournal.open(threeRecords(dir))) {
            assertTrue(assertThrows(BadInputException.class, r::next).getMessage().contains("'notes'"));
        }
    }
}
