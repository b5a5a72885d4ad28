package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** A weekly line read on daily bars: the latest weekly value, the same vectorised and bar by bar. */
class LineCouplerTest {

    /** Records the coupled weekly close and the weekly data's own close every daily bar. */
    public static final class Coupled extends Strategy {
        final List<String> rows = new ArrayList<>();
        private LineCoupler weekly;

        @Override
        protected void init() {
            weekly = couple(data(1));
        }

        @Override
        protected void next() {
            rows.add(data().date(0) + " " + weekly.get(0) + " " + data(1).close().get(0));
        }
    }

    private static Path res(String name) throws Exception {
        return Path.of(LineCouplerTest.class.getResource(name).toURI());
    }

    @Test
    void holdsTheSlowerLinesLatestValueInBothRunModes() throws Exception {
        List<List<String>> runs = new ArrayList<>();
        for (boolean once : new boolean[] {true, false}) {
            Coupled s = new Coupled();
            new Cerebro().runonce(once)
                .addData(CsvFeeds.open(res("/golden/data/bt-2006-day-001.txt"), TimeFrame.Days, 1))
                .addData(CsvFeeds.open(res("/org/bt4j/engine/2006-week-001.txt"), TimeFrame.Weeks, 1))
                .addStrategy(s).run();
            for (String r : s.rows) {
                String[] f = r.split(" ");
                assertEquals(f[2], f[1], r);
            }
            runs.add(s.rows);
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(255 - 4, runs.get(0).size(), "next() from the first weekly bar, on the 5th day");
    }
}
