package org.bt4j.research;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.gen.BarGenerator;

/** Deterministic daily bars for the research tests (bt4j's own generator, seed 7). */
final class Bars {

    private Bars() {
    }

    /** {@code n} daily bars from 100.00. */
    static ArrayFeed of(int n) {
        try {
            return BarGenerator.daily(7, 10_000, LocalDate.of(2020, 1, 2), n).toFeed("synthetic");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
