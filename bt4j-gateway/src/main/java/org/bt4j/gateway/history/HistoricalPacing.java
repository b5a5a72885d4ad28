package org.bt4j.gateway.history;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * IB's historical-data pacing rules: no identical request within 15 s, fewer than six requests
 * for one contract/exchange/whatToShow within 2 s, at most 60 requests in any 10 minutes (BID_ASK
 * counts twice). A violating request is refused (error 162) and not counted. Limits are
 * configurable; {@link #off()} disables pacing. Not thread-safe: gateway thread only.
 */
public final class HistoricalPacing {

    private static final long NS = 1_000_000_000L;

    private final boolean enabled;
    private final long identicalWindow;
    private final int perContractLimit;
    private final long perContractWindow;
    private final int totalLimit;
    private final long totalWindow;
    private final Map<String, Long> identical = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> perContract = new HashMap<>();
    private final ArrayDeque<Long> all = new ArrayDeque<>();

    private HistoricalPacing(boolean enabled, long identicalWindow, int perContractLimit, long perContractWindow,
                             int totalLimit, long totalWindow) {
        this.enabled = enabled;
        this.identicalWindow = identicalWindow;
        this.perContractLimit = perContractLimit;
        this.perContractWindow = perContractWindow;
        this.totalLimit = totalLimit;
        this.totalWindow = totalWindow;
    }

    /** IB's documented limits. */
    public static HistoricalPacing ib() {
        return new HistoricalPacing(true, 15 * NS, 6, 2 * NS, 60, 600 * NS);
    }

    /** No pacing at all. */
    public static HistoricalPacing off() {
        return new HistoricalPacing(false, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0);
    }

    /**
     * Checks and, when allowed, records one request.
     *
     * @param identicalKey every field of the request (same key = identical request)
     * @param contractKey  contract + exchange + whatToShow
     * @param weight       1, or 2 for BID_ASK
     * @param now          epoch nanos
     * @return null when allowed, else the reason (for error 162)
     */
    public String admit(String identicalKey, String contractKey, int weight, long now) {
        if (!enabled) {
            return null;
        }
        expire(now);
        Long last = identical.get(identicalKey);
        if (last != null && now - last < identicalWindow) {
            return "Historical data request pacing violation (identical request within 15 seconds)";
        }
        ArrayDeque<Long> pc = perContract.computeIfAbsent(contractKey, k -> new ArrayDeque<>());
        if (pc.size() + weight >= perContractLimit) {
            return "Historical data request pacing violation (six or more requests for the same contract within 2 seconds)";
        }
        if (all.size() + weight > totalLimit) {
            return "Historical data request pacing violation (more than 60 requests within 10 minutes)";
        }
        identical.put(identicalKey, now);
        for (int i = 0; i < weight; i++) {
            pc.addLast(now);
            all.addLast(now);
        }
        return null;
    }

    private void expire(long now) {
        while (!all.isEmpty() && now - all.peekFirst() >= totalWindow) {
            all.pollFirst();
        }
        for (Iterator<ArrayDeque<Long>> it = perContract.values().iterator(); it.hasNext(); ) {
            ArrayDeque<Long> q = it.next();
            while (!q.isEmpty() && now - q.peekFirst() >= perContractWindow) {
                q.pollFirst();
            }
            if (q.isEmpty()) {
                it.remove();
            }
        }
        identical.values().removeIf(t -> now - t >= identicalWindow);
    }
}
