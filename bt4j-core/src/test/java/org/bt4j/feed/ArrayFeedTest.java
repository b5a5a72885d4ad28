package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrayFeedTest {

    @Test
    void preloadsAndWalksTheArrays() {
        double[] c = {1, 2, 3};
        ArrayFeed f = ArrayFeed.of("a", new long[] {10, 20, 30}, c, c, c, c, c, null);
        f.preload();
        assertEquals(3, f.size());
        assertTrue(f.next());
        assertTrue(f.next());
        assertEquals(2.0, f.close().get(0));
        assertEquals(1.0, f.close().get(-1));
        assertEquals(20L, f.datetime(0));
        assertEquals(0.0, f.openInterest().get(0));
        assertTrue(f.next());
        assertFalse(f.next());
        assertEquals("a", f.name());
    }

    @Test
    void callerChangesDoNotLeakIn() {
        double[] c = {1};
        ArrayFeed f = ArrayFeed.of("a", new long[] {10}, c, c, c, c, c, c);
        c[0] = 99;
        assertEquals(1.0, FeedTestFiles.drain(f).get(0).close);
    }

    @Test
    void refusesBadArrays() {
        double[] c = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> ArrayFeed.of("a", new long[] {1}, c, c, c, c, c, null));
        assertThrows(IllegalArgumentException.class, () -> ArrayFeed.of("a", new long[] {2, 2}, c, c, c, c, c, null));
    }
}
