package org.bt4j.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class ResampleParamsTest {

    @Test
    void defaultsFollowBacktrader() {
        ResampleParams r = ResampleParams.resample(TimeFrame.Minutes, 5);
        assertTrue(r.bar2edge() && r.adjbartime() && r.rightedge() && r.takelate());
        assertEquals(0, r.boundoff());
        ResampleParams p = ResampleParams.replay(TimeFrame.Days, 1);
        assertFalse(p.adjbartime());
        assertTrue(p.bar2edge() && p.rightedge() && p.takelate());
    }

    @Test
    void withersChangeOneValue() {
        ResampleParams r = ResampleParams.resample(TimeFrame.Minutes, 5).withBoundoff(2).withRightedge(false)
            .withBar2edge(false).withAdjbartime(false).withTakelate(false).withSessionend(false);
        assertEquals(new ResampleParams(TimeFrame.Minutes, 5, false, false, false, 2, false, false), r);
    }

    @Test
    void refusesBadValues() {
        assertThrows(IllegalArgumentException.class, () -> ResampleParams.resample(TimeFrame.Minutes, 0));
        assertThrows(IllegalArgumentException.class, () -> ResampleParams.resample(TimeFrame.NoTimeFrame, 1));
        assertThrows(IllegalArgumentException.class, () -> ResampleParams.resample(null, 1));
    }
}
