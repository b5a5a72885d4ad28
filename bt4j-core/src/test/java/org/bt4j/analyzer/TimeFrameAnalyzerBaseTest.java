package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class TimeFrameAnalyzerBaseTest {

    private static String key(TimeFrame tf, int compression, LocalDateTime dt) {
        TimeFrameAnalyzerBase a = new TimeFrameAnalyzerBase(tf, compression) { };
        a.timeFrame = tf;
        a.compression = compression;
        return AnalyzerBase.key(a.periodKey(dt));
    }

    @Test
    void periodKeysAreBacktradersPeriodEnds() {
        LocalDateTime dt = LocalDateTime.of(2016, 2, 10, 23, 59, 59, 999_990_000);
        assertEquals("2016-12-31T00:00:00", key(TimeFrame.Years, 1, dt));
        assertEquals("2016-02-29T00:00:00", key(TimeFrame.Months, 1, dt));
        assertEquals("2016-02-14T00:00:00", key(TimeFrame.Weeks, 1, dt), "the Sunday of the ISO week");
        assertEquals("2016-02-10T00:00:00", key(TimeFrame.Days, 1, dt));
    }

    @Test
    void subDayKeysMoveToTheNextBoundaryMinusOneUnit() {
        assertEquals("2020-03-02T09:30:00", key(TimeFrame.Minutes, 1, LocalDateTime.of(2020, 3, 2, 9, 30)));
        assertEquals("2020-03-02T09:34:00", key(TimeFrame.Minutes, 5, LocalDateTime.of(2020, 3, 2, 9, 31)));
        assertEquals("2020-03-02T23:59:00", key(TimeFrame.Minutes, 5, LocalDateTime.of(2020, 3, 2, 23, 57)));
        assertEquals("2020-03-02T09:30:14", key(TimeFrame.Seconds, 15, LocalDateTime.of(2020, 3, 2, 9, 30, 3)));
    }
}
