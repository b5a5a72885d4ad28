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
}
