package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

class IndicatorRunTest {

    @Test
    void subIndicatorsRunBeforeTheirParentAndCursorsEndOnTheLastBar() {
        for (IndicatorRun.Mode mode : IndicatorRun.Mode.values()) {
            ArrayFeed feed = ArrayFeed.ofCloses(1, 2, 3, 4, 5, 4, 3);
            try (LineContext ctx = LineContext.open()) {
                CrossOver cross = new CrossOver(feed.close(), new MovingAverageSimple(feed.close(), 3).line(0));
                assertSame(cross, ctx.indicators().get(ctx.indicators().size() - 1), "parent registers last");
                assertEquals(NonZeroDifference.class, ctx.indicators().get(1).getClass());
                IndicatorRun.run(mode, feed, ctx.indicators());
                assertEquals(7, feed.len());
                assertEquals(3.0, feed.close().get(0));
                // sma3 = n,n,2,3,4,13/3,4 ; close - sma: 1,1,1,-1/3,-1 -> cross down on bar 5
                assertEquals(-1.0, cross.get(-1), mode.name());
                assertEquals(0.0, cross.get(0), mode.name());
            }
        }
    }
}
