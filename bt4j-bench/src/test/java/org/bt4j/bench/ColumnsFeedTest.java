package org.bt4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.bt4j.bench.compare.BarColumns;
import org.junit.jupiter.api.Test;

class ColumnsFeedTest {

    @Test
    void deliversEveryBarOnceInOrder() {
        BarColumns bars = BarColumns.minute(7, 5_000, 100);
        ColumnsFeed feed = new ColumnsFeed(bars);
        assertEquals("bt_bench", feed.name());
        feed.start();
        for (int i = 0; i < 100; i++) {
            assertEquals(true, feed.next());
            assertEquals(bars.time()[i], feed.datetime(0));
            assertEquals(bars.open()[i], feed.open().get(0));
            assertEquals(bars.high()[i], feed.high().get(0));
            assertEquals(bars.low()[i], feed.low().get(0));
            assertEquals(bars.close()[i], feed.close().get(0));
            assertEquals(bars.volume()[i], feed.volume().get(0));
        }
        assertFalse(feed.next());
        feed.stop();
    }
}
