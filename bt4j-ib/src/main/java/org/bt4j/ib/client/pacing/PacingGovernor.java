package org.bt4j.ib.client.pacing;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Decides when an outgoing message may be sent so that it never breaks IB's pacing rules
 * ({@link PacingRules}): the overall message rate, and for historical-family requests the
 * per-window count, the identical-request gap and the per-contract burst limit. The caller asks
 * {@link #delayNanos(PacedRequest, long)} how long a request must wait at a given time, and
 * {@link #record(PacedRequest, long, long)} when it actually sent it; waits are accumulated in
 * {@link #stats()}. A pacing violation reported anyway ({@link #violation(long)}) blocks
 * historical requests for one identical-request gap.
 *
 * <p>Time is passed in (UTC epoch nanoseconds), so the governor is deterministic under a
 * simulated clock. Threading: thread-safe (all methods synchronized).
 */
public final class PacingGovernor {

    private final PacingRules rules;
    private final long[] messageTimes;
    private int messageHead;
    private long messageCount;
    private long historicalCount;
    private final ArrayDeque<long[]> historical = new ArrayDeque<>(); // {time, weight}
    private int historicalWeight;
    private final Map<String, Long> lastIdentical = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> perContract = new HashMap<>();
    private long blockedUntil = Long.MIN_VALUE;
    private long delayed;
    private long totalWait;
    private long maxWait;
    private long violations;

    /** A governor enforcing {@code rules}. */
    public PacingGovernor(PacingRules rules) {
        this.rules = rules;
        this.messageTimes = new long[rules.messagesPerSecond()];
    }

    /** @return the rules enforced */
    public PacingRules rules() {
        return rules;
    }

    /** @return how long {@code req} must wait at {@code now} before it may be sent (0 = now) */
    public synchronized long delayNanos(PacedRequest req, long now) {
        long earliest = Long.MIN_VALUE;
        if (messageCount >= messageTimes.length) {
            earliest = messageTimes[messageHead] + 1_000_000_000L + rules.marginNanos();
        }
        if (req.historical()) {
            prune(now);
            earliest = Math.max(earliest, blockedUntil);
            if (historicalWeight + req.weight() > rules.historicalPerWindow()) {
                int excess = historicalWeight + req.weight() - rules.historicalPerWindow();
                for (long[] e : historical) {
                    excess -= (int) e[1];
                    if (excess <= 0) {
                        earliest = Math.max(earliest, e[0] + rules.historicalWindowNanos() + rules.marginNanos());
                        break;
                    }
                }
            }
            Long last = lastIdentical.get(req.identityKey());
            if (last != null) {
                earliest = Math.max(earliest, last + rules.identicalGapNanos() + rules.marginNanos());
            }
            ArrayDeque<Long> recent = perContract.get(req.contractKey());
            if (recent != null && recent.size() >= rules.perContractLimit()) {
                Iterator<Long> it = recent.descendingIterator();
                long nth = 0;
                for (int i = 0; i < rules.perContractLimit(); i++) {
                    nth = it.next();
                }
                earliest = Math.max(earliest, nth + rules.perContractWindowNanos() + rules.marginNanos());
            }
        }
        return earliest <= now ? 0L : earliest - now;
    }

    /**
     * Records that {@code req} was sent at {@code sentAt} after waiting {@code waitedNanos}.
     */
    public synchronized void record(PacedRequest req, long sentAt, long waitedNanos) {
        messageTimes[messageHead] = sentAt;
        messageHead = (messageHead + 1) % messageTimes.length;
        messageCount++;
        if (waitedNanos > 0) {
            delayed++;
            totalWait += waitedNanos;
            maxWait = Math.max(maxWait, waitedNanos);
        }
        if (req.historical()) {
            historicalCount++;
            historical.addLast(new long[] {sentAt, req.weight()});
            historicalWeight += req.weight();
            lastIdentical.put(req.identityKey(), sentAt);
            perContract.computeIfAbsent(req.contractKey(), k -> new ArrayDeque<>()).addLast(sentAt);
        }
    }

    /** A pacing violation came back anyway at {@code now}: hold historical requests for one identical-request gap. */
    public synchronized void violation(long now) {
        violations++;
        blockedUntil = Math.max(blockedUntil, now + rules.identicalGapNanos());
    }

    /** @return the costs so far */
    public synchronized PacingStats stats() {
        return new PacingStats(messageCount, historicalCount, delayed, totalWait, maxWait, violations);
    }

    private void prune(long now) {
        while (!historical.isEmpty() && historical.peekFirst()[0] + rules.historicalWindowNanos() <= now) {
            historicalWeight -= (int) historical.pollFirst()[1];
        }
        lastIdentical.values().removeIf(t -> t + rules.identicalGapNanos() <= now);
        Iterator<ArrayDeque<Long>> it = perContract.values().iterator();
        while (it.hasNext()) {
            ArrayDeque<Long> q = it.next();
            while (!q.isEmpty() && q.peekFirst() + rules.perContractWindowNanos() <= now) {
                q.pollFirst();
            }
            if (q.isEmpty()) {
                it.remove();
            }
        }
    }
}
