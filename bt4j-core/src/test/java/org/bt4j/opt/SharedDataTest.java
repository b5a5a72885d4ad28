package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.junit.jupiter.api.Test;

/** {@link SharedData}: views read the master's arrays (same objects), each with its own cursor. */
class SharedDataTest {

    @Test
    void viewsShareArraysNotCursors() throws Exception {
        DataFeed m = SharedData.preloadMaster(CsvFeeds.open(
                Path.of(SharedDataTest.class.getResource("/golden/data/daily-s1.csv").toURI()), null, 1));
        SharedData a = new SharedData(m);
        SharedData b = new SharedData(m);
        assertSame(m.buffer(DataFeed.CLOSE).array(), a.buffer(DataFeed.CLOSE).array());
        assertSame(m.datetime().array(), b.datetime().array());
        assertEquals(1000, a.size());
        a.next();
        a.next();
        b.next();
        assertEquals(2, a.len());
        assertEquals(1, b.len());
        assertEquals(m.close().buffer().array()[1], a.close().get(0), 0.0);
        assertEquals(m.name(), a.name());
    }
}
