package org.bt4j.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.broker.BackBroker;
import org.bt4j.opt.OptResult;
import org.bt4j.opt.ParamGrid;
import org.bt4j.strategy.builtin.SmaCross;
import org.junit.jupiter.api.Test;

/** {@link WalkForward}: window layout, chained equity, metric paths, bad sizes. */
class WalkForwardTest {

    private static WalkForward walk(boolean anchored) {
        return new WalkForward().strategy(SmaCross.class, ParamGrid.parse(List.of("fast=3,5", "slow=10")))
            .broker(() -> new BackBroker().setCash(1000), 1000).windows(100, 50, anchored).threads(1, true);
    }

    @Test
    void windowsTileTheDataAndTheEquityIsChained() throws Exception {
        WalkForward.Result r = walk(false).run(Bars.of(300));
        assertEquals(4, r.windows().size()); // out of sample from 100, 150, 200, 250
        double level = 1000;
        for (int w = 0; w < 4; w++) {
            WalkForward.Window x = r.windows().get(w);
            assertEquals(100 + 50 * w, x.outFrom());
            assertEquals(x.outFrom() - 100, x.inFrom());
            level *= 1 + x.outReturn();
        }
        assertEquals(200, r.equity().length);
        assertEquals(level, r.equity()[199], 1e-9);
        assertEquals(0, walk(true).run(Bars.of(300)).windows().get(3).inFrom());
    }

    @Test
    void metricFollowsADottedPath() {
        WalkForward wf = walk(false).metric("DrawDown.max.drawdown", true);
        OptResult r = new OptResult(0, Map.of(), 1.0, 1.0,
            Map.of("DrawDown", Map.of("max", Map.of("drawdown", 2.5))), null);
        assertEquals(2.5, wf.metricOf(r));
        assertTrue(Double.isNaN(wf.metricOf(new OptResult(0, Map.of(), 1.0, 1.0, Map.of(), "failed"))));
    }

    @Test
    void windowsLongerThanTheDataAreRefused() {
        assertThrows(BadInputException.class, () -> walk(false).windows(250, 100, false).run(Bars.of(300)));
        assertThrows(BadInputException.class, () -> walk(false).windows(0, 100, false));
    }
}
