package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class DerivedFeedTest {

    /** Emits each source bar three times: new, update, and again new at end. */
    private static final class Triple extends DerivedFeed {
        Triple(DataFeed s) {
            super(s);
        }

        @Override
        protected void onSource(Bar x) {
            for (int i = 0; i < 10; i++) {
                emit(x, i == 0); // one new bar then nine in-place updates: exercises the queue growth
            }
        }

        @Override
        protected void onEnd() {
            emit(99, 1, 1, 1, 1, 1, 1);
        }
    }

    @Test
    void deliversNewBarsAndInPlaceUpdatesInOrder() {
        double[] c = {5, 6};
        ArrayFeed src = ArrayFeed.of("src", new long[] {1, 2}, c, c, c, c, c, null);
        src.tz(ZoneId.of("Europe/Paris"));
        src.timeFrame(TimeFrame.Minutes, 3);
        Triple f = new Triple(src);
        assertEquals("src", f.name());
        assertEquals(ZoneId.of("Europe/Paris"), f.tz());
        assertEquals(3, f.compression());
        int calls = 0;
        while (f.next()) {
            calls++;
        }
        assertEquals(21, calls);
        assertEquals(3, f.len(), "two source bars plus the end bar; updates keep len");
        assertEquals(99L, f.datetime(0));
        assertEquals(6.0, f.close().get(-1));
        assertTrue(f.isFinished());
        assertFalse(f.isLive());
    }

    @Test
    void preloadsOnlyWhenItsSourceCan() {
        double[] c = {5, 6};
        ArrayFeed src = ArrayFeed.of("src", new long[] {1, 2}, c, c, c, c, c, null);
        assertTrue(new Triple(src).canPreload());
        assertFalse(new Triple(new DataClone(src)).canPreload(), "a clone follows its source bar by bar");
    }
}
