package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AverageTest {

    @Test
    void defaultPeriodIsOneAndLineIsAv() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 4), f -> new Average(f.close()));
        assertEquals("av", r.indicator().lineName(0));
        assertEquals(1, r.indicator().minPeriod());
        assertEquals(4.0, r.line(0)[2]);
    }

    @Test
    void averagesOverThePeriod() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 4, 8), f -> new Average(f.close(), 2));
        assertTrue(Double.isNaN(r.line(0)[0]));
        assertEquals(1.5, r.line(0)[1]);
        assertEquals(6.0, r.line(0)[3]);
    }
}
