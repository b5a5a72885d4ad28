package org.bt4j.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.feed.ArrayFeed;
import org.bt4j.testkit.DailyBars;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link AggregatedFeed}, the base of the resampled and replayed feeds: it takes the target's
 * timeframe and compression, keeps its parameters, and refuses missing parameters or a target
 * smaller than the source with one clear line.
 */
class AggregatedFeedTest {

    private static ArrayFeed days() {
        ArrayFeed d = DailyBars.closes(1, 2, 3);
        d.timeFrame(TimeFrame.Days, 1);
        return d;
    }

    @Test
    void takesTheTargetTimeframeAndKeepsItsParameters() {
        ResampleParams weekly = ResampleParams.resample(TimeFrame.Weeks, 2);
        AggregatedFeed r = new ResampledFeed(days(), weekly);
        assertSame(weekly, r.params());
        assertEquals(TimeFrame.Weeks, r.timeFrame());
        assertEquals(2, r.compression());
        AggregatedFeed p = new ReplayedFeed(days(), ResampleParams.replay(TimeFrame.Days, 3));
        assertEquals(TimeFrame.Days, p.timeFrame());
        assertEquals(3, p.compression());
    }

    @Test
    void refusesMissingParametersAndDownsampling() {
        assertEquals("resample parameters must not be null",
                assertThrows(IllegalArgumentException.class, () -> new ResampledFeed(days(), null)).getMessage());
        assertEquals("cannot resample d from Days down to Minutes: the target timeframe must be >= the source's",
                assertThrows(IllegalArgumentException.class,
                        () -> new ReplayedFeed(days(), ResampleParams.replay(TimeFrame.Minutes, 5))).getMessage());
    }
}
