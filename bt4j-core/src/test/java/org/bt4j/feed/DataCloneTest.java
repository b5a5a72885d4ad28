package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class DataCloneTest {

    private static ArrayFeed three() {
        ArrayFeed f = ArrayFeed.of("src", new long[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, 2, 3},
            new double[] {1, 2, 3}, new double[] {10, 20, 30}, new double[] {5, 6, 7}, null);
        f.timeFrame(TimeFrame.Minutes, 5);
        return f;
    }

    @Test
    void showsEachBarTheSourceDeliveredOnceAndNeverMovesTheSource() {
        ArrayFeed src = three();
        DataClone clone = new DataClone(src);
        assertEquals("src", clone.name());
        assertEquals(TimeFrame.Minutes, clone.timeFrame());
        assertEquals(5, clone.compression());
        assertFalse(clone.next(), "nothing delivered by the source yet");
        assertFalse(clone.isFinished());
        assertTrue(src.next());
        assertTrue(clone.next());
        assertEquals(1, clone.datetime(0));
        assertEquals(10, clone.close().get(0));
        assertEquals(1, src.len(), "the clone does not read the source");
        assertFalse(clone.next(), "the same source bar is shown once");
        assertTrue(src.next());
        assertTrue(src.next());
        assertTrue(clone.next());
        assertEquals(3, clone.datetime(0), "the clone shows the source's current bar");
        assertFalse(src.next());
        assertTrue(clone.isFinished());
    }
}
