package org.bt4j.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.DataFeed;
import org.junit.jupiter.api.Test;

/** {@link BarSlice}: the bars of a range, nothing else; bad ranges refused. */
class BarSliceTest {

    @Test
    void holdsExactlyTheRangesBars() {
        DataFeed master = Bars.of(50);
        DataFeed s = BarSlice.of(master, 10, 20);
        s.preload();
        assertEquals(10, s.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(master.datetime().array()[10 + i], s.datetime().array()[i]);
            for (int line = 0; line < master.lineCount(); line++) {
                assertEquals(master.buffer(line).array()[10 + i], s.buffer(line).array()[i]);
            }
        }
        assertEquals(master.timeFrame(), s.timeFrame());
        assertEquals(master.name(), s.name());
    }

    @Test
    void refusesEmptyOrOutsideRanges() {
        DataFeed master = Bars.of(50);
        assertThrows(IllegalArgumentException.class, () -> BarSlice.of(master, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> BarSlice.of(master, 0, 51));
        assertThrows(IllegalArgumentException.class, () -> BarSlice.of(master, -1, 3));
    }
}
