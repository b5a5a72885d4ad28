package org.bt4j.ib.client.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingGovernorTest {

    private static final long S = 1_000_000_000L;
    private static final PacingRules EXACT = new PacingRules(50, 60, 600 * S, 15 * S, 5, 2 * S, 0);

    /** Sends each request as soon as the governor allows on a simulated clock; returns send times. */
    private static long[] drive(PacingGovernor g, List<PacedRequest> reqs) {
        long now = 0;
        long[] sent = new long[reqs.size()];
        for (int i = 0; i < reqs.size(); i++) {
            long wait = g.delayNanos(reqs.get(i), now);
            now += wait;
            assertEquals(0, g.delayNanos(reqs.get(i), now), "allowed after waiting");
            g.record(reqs.get(i), now, wait);
            sent[i] = now;
        }
        return sent;
    }

    @Test
    void messageRateIsFiftyPerSecond() {
        PacingGovernor g = new PacingGovernor(EXACT);
        List<PacedRequest> reqs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            reqs.add(PacedRequest.PLAIN);
        }
        long[] t = drive(g, reqs);
        assertEquals(0, g.stats().historical(), "plain messages are not historical requests");
        assertEquals(0, t[49]);
        assertEquals(S, t[50]);
        assertEquals(2 * S, t[100]);
        assertEquals(2, g.stats().delayed()); // the 51st and the 101st waited; the others followed at once
    }

    @Test
    void twoHundredHistoricalRequestsNeverBreakARule() {
        PacingGovernor g = new PacingGovernor(EXACT);
        List<PacedRequest> reqs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String contract = "C" + (i % 7);
            reqs.add(PacedRequest.historical(i % 10 == 0 ? 2 : 1, contract + "|chunk" + (i % 3), contract + "|TRADES"));
        }
        long[] t = drive(g, reqs);
        for (int i = 0; i < t.length; i++) {
            int weight = 0;
            int sameContract = 0;
            for (int j = 0; j <= i; j++) {
                if (t[j] > t[i] - 600 * S) {
                    weight += reqs.get(j).weight();
                }
                if (reqs.get(j).contractKey().equals(reqs.get(i).contractKey()) && t[j] > t[i] - 2 * S) {
                    sameContract++;
                }
                if (j < i && reqs.get(j).identityKey().equals(reqs.get(i).identityKey())) {
                    assertTrue(t[i] - t[j] >= 15 * S, "identical requests " + j + " and " + i + " too close");
                }
            }
            assertTrue(weight <= 60, "window weight " + weight + " at request " + i);
            assertTrue(sameContract <= 5, "same contract " + sameContract + " at request " + i);
        }
        PacingStats s = g.stats();
        assertEquals(200, s.messages());
        assertEquals(200, s.historical());
        assertTrue(s.totalWaitNanos() > 0);
        // 200 requests with 20 weighing double = 220 units: the last ones wait for the third window.
        assertTrue(t[199] >= 1200 * S, "last request at " + t[199] / S + " s");
    }

    @Test
    void identicalRequestWaitsFifteenSeconds() {
        PacingGovernor g = new PacingGovernor(EXACT);
        PacedRequest r = PacedRequest.historical(1, "AAPL|1 min|1 D", "AAPL|TRADES");
        g.record(r, 0, 0);
        assertEquals(15 * S, g.delayNanos(r, 0));
        assertEquals(5 * S, g.delayNanos(r, 10 * S));
        assertEquals(0, g.delayNanos(PacedRequest.historical(1, "AAPL|1 min|2 D", "AAPL|TRADES"), 0));
    }

    @Test
    void sixthRequestForOneContractWaitsForTheTwoSecondWindow() {
        PacingGovernor g = new PacingGovernor(EXACT);
        for (int i = 0; i < 5; i++) {
            g.record(PacedRequest.historical(1, "k" + i, "ES|TRADES"), i * 100_000_000L, 0);
        }
        assertEquals(2 * S - 500_000_000L, g.delayNanos(PacedRequest.historical(1, "k9", "ES|TRADES"), 500_000_000L));
        assertEquals(0, g.delayNanos(PacedRequest.historical(1, "k9", "NQ|TRADES"), 500_000_000L));
    }

    @Test
    void violationHoldsHistoricalRequestsAndIsCounted() {
        PacingGovernor g = new PacingGovernor(PacingRules.IB);
        g.violation(100 * S);
        assertEquals(15 * S, g.delayNanos(PacedRequest.historical(1, "a", "b"), 100 * S));
        assertEquals(0, g.delayNanos(PacedRequest.PLAIN, 100 * S));
        assertEquals(1, g.stats().violations());
    }

    @Test
    void marginKeepsRequestsOffTheWindowEdge() {
        PacingGovernor g = new PacingGovernor(PacingRules.IB);
        PacedRequest r = PacedRequest.historical(1, "x", "y");
        g.record(r, 0, 0);
        assertEquals(15 * S + 20_000_000L, g.delayNanos(r, 0));
        assertEquals("1 messages (1 historical), 0 waited 0.0 s in total (max 0.0 s), 0 violations",
                g.stats().describe());
    }
}
