package org.bt4j.ib.journal;

import java.nio.file.Path;

/**
 * Child process of {@link SqliteOrderJournalTest}'s crash test: records orders, their IB ids and
 * two executions each, as fast as it can, printing {@code ack N} after order N is fully recorded,
 * until the parent kills it. Never closes the journal.
 */
public final class JournalCrashChild {

    private JournalCrashChild() {
    }

    public static void main(String[] args) {
        OrderJournal j = SqliteOrderJournal.open(Path.of(args[0]));
        for (int i = 1; ; i++) {
            long key = j.orderSubmitted(i, OrderSpec.of("AAPL-STK-SMART", i % 2 == 0 ? "BUY" : "SELL", 100, "Limit", 180));
            j.ibOrderId(key, 3, 1000 + i);
            j.permId(key, 900_000L + i);
            j.executionDelivered(new JournalExecution("exec-" + i + "-a", key, 1000 + i, 40, 180, i, Double.NaN));
            j.executionDelivered(new JournalExecution("exec-" + i + "-b", key, 1000 + i, 60, 180, i, Double.NaN));
            j.status(key, i % 3 == 0 ? "Submitted" : "Filled");
            System.out.println("ack " + i);
            System.out.flush();
        }
    }
}
