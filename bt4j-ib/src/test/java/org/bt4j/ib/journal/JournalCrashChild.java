package org.bt4j.ib.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link SqliteOrderJournalTest}'s crash test: records orders, their IB ids and
 * two executions each (received, then delivered), as fast as it can, printing {@code ack N} after order N is fully recorded,
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
            j.executionReceived(new JournalExecution("exec-" + i + "-a", key, 1000 + i, 40, 180, i, Double.NaN));
            j.executionReceived(new JournalExecution("exec-" + i + "-b", key, 1000 + i, 60, 180, i, Double.NaN));
            j.delivered(List.of("exec-" + i + "-a"));
            j.delivered(List.of("exec-" + i + "-b"));
            j.status(key, i % 3 == 0 ? "Submitted" : "Filled");
            System.out.println("ack " + i);
            System.out.flush();
        }
    }
}
