package org.bt4j.opt;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a sweep's results back in grid order: results arrive as runs finish (on one machine or on a
 * cluster, where a combination may be run twice after a member is lost), are kept by combination
 * index until every earlier index has arrived, and reach the {@link ResultSink} exactly once each,
 * in index order. So the results file of a sweep is the same row for row however it was run. Holds
 * only the results that wait for an earlier one (the caller bounds how far ahead runs may go).
 *
 * <p>Threading: not thread-safe; the caller serialises {@link #accept} (as the sink requires).
 */
public final class InOrderResults {

    private final ResultSink sink;
    private final Map<Long, OptResult> waiting = new HashMap<>();
    private long next;
    private long failed;

    /** Passes results on to {@code sink}. */
    public InOrderResults(ResultSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Takes one result; returns how many rows went to the sink (0 when it waits for an earlier
     * index, or when its index already arrived: a repeat is dropped).
     */
    public int accept(OptResult r) {
        if (r.index() < next || waiting.putIfAbsent(r.index(), r) != null) {
            return 0;
        }
        int n = 0;
        for (OptResult head = waiting.remove(next); head != null; head = waiting.remove(next)) {
            sink.accept(head);
            next++;
            n++;
            if (head.failed()) {
                failed++;
            }
        }
        return n;
    }

    /** Rows given to the sink so far: every index below this one. */
    public long written() {
        return next;
    }

    /** How many of the rows written are failed combinations. */
    public long failed() {
        return failed;
    }
}
