package org.bt4j.ib.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JournalExecutionTest {

    @Test
    void needsAnExecIdAndPositiveShares() {
        assertEquals("an execution needs IB's execId", assertThrows(IllegalArgumentException.class,
                () -> new JournalExecution(" ", 1, 7, 10, 1.0, 0, Double.NaN)).getMessage());
        assertEquals("execution e1: shares must be positive, got -10.0", assertThrows(IllegalArgumentException.class,
                () -> new JournalExecution("e1", 1, 7, -10, 1.0, 0, Double.NaN)).getMessage());
        assertEquals(10, new JournalExecution("e1", 1, 7, 10, 1.0, 0, Double.NaN).shares());
    }

    @Test
    void aFillDeliveredWithAnEstimateSaysSoAndWhatTheStrategyGot() {
        JournalExecution reported = new JournalExecution("e1", 1, 7, 10, 1.0, 0, 1.25);
        assertEquals(false, reported.estimated());
        assertEquals(1.25, reported.deliveredCommission());
        assertEquals(0.0, new JournalExecution("e1", 1, 7, 10, 1.0, 0, Double.NaN).deliveredCommission(), "none yet");
        JournalExecution late = new JournalExecution("e2", 1, 7, 10, 1.0, 0, Double.NaN, 0.05);
        assertEquals(true, late.estimated());
        assertEquals(0.05, late.deliveredCommission());
        assertEquals(0.05, new JournalExecution("e2", 1, 7, 10, 1.0, 0, 1.0, 0.05).deliveredCommission(),
                "corrected later: the strategy still got the estimate");
    }
}
