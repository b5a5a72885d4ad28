package org.bt4j.ib.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.Wire;

/**
 * Pairs IB executions with their commission reports by execution id, whichever comes first, and
 * hands out each fill exactly once: an execution seen again (a live execDetails and the same one
 * re-read by reqExecutions after a reconnect) is ignored. An execution whose report has not come
 * within the timeout ({@link #overdue}, on the caller's clock) is handed out with an estimated
 * commission; when its report arrives after all, a {@link Kind#CORRECTION} carries the real
 * commission and the estimate it replaces, never the fill again. Engine thread only.
 */
public final class FillMatcher {

    /** How long an execution waits for its commission report by default: 5 s. */
    public static final long DEFAULT_TIMEOUT_NANOS = 5_000_000_000L;

    /** What a {@link Fill} is. */
    public enum Kind {
        /** A fill with the commission IB reported. */
        REPORTED,
        /** A fill whose report did not come in time, with an estimated commission. */
        ESTIMATED,
        /** Not a fill: the late report of a fill handed out as {@link #ESTIMATED}. */
        CORRECTION
    }

    /**
     * A complete fill, or a correction of one: the execution, its contract, the commission (IB's,
     * or the estimate for {@link Kind#ESTIMATED}), IB's realised P&amp;L (NaN when none or unknown) and,
     * for a {@link Kind#CORRECTION}, the estimate the fill was handed out with (NaN otherwise).
     */
    public record Fill(Contract contract, Execution execution, double commission, double realizedPnl, Kind kind,
                       double estimate) {

        /** A fill with IB's reported commission. */
        public Fill(Contract contract, Execution execution, double commission, double realizedPnl) {
            this(contract, execution, commission, realizedPnl, Kind.REPORTED, Double.NaN);
        }
    }

    private record Report(double commission, double realizedPnl) {
    }

    private record Waiting(Contract contract, Execution execution, long since) {
    }

    private record Estimated(Contract contract, Execution execution, double estimate) {
    }

    private long timeoutNanos = DEFAULT_TIMEOUT_NANOS;
    private final Map<String, Waiting> executions = new LinkedHashMap<>();
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, Estimated> estimated = new HashMap<>();
    private final Set<String> done = new HashSet<>();

    /** Sets how long an execution waits for its report before {@link #overdue} hands it out (nanoseconds). */
    public FillMatcher timeoutNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("commission timeout must not be negative: " + nanos);
        }
        this.timeoutNanos = nanos;
        return this;
    }

    /**
     * An execution arrived at {@code nowNanos}; returns the complete fill when its commission is
     * already known, else null (it waits for its report, or for {@link #overdue}).
     */
    public Fill onExecution(Contract contract, Execution e, long nowNanos) {
        String id = e.execId();
        if (done.contains(id) || executions.containsKey(id)) {
            return null;
        }
        Report r = reports.remove(id);
        if (r == null) {
            executions.put(id, new Waiting(contract, e, nowNanos));
            return null;
        }
        done.add(id);
        return new Fill(contract, e, r.commission, r.realizedPnl);
    }

    /**
     * A commission report arrived; returns the complete fill when its execution is already known,
     * a {@link Kind#CORRECTION} when that fill was handed out with an estimate, else null.
     */
    public Fill onCommission(String execId, double commission, double realizedPnl) {
        double pnl = realizedPnl == Wire.UNSET_DOUBLE ? Double.NaN : realizedPnl;
        Estimated est = estimated.remove(execId);
        if (est != null) {
            return new Fill(est.contract, est.execution, commission, pnl, Kind.CORRECTION, est.estimate);
        }
        if (done.contains(execId)) {
            return null;
        }
        Waiting w = executions.remove(execId);
        if (w == null) {
            reports.put(execId, new Report(commission, pnl));
            return null;
        }
        done.add(execId);
        return new Fill(w.contract, w.execution, commission, pnl);
    }

    /**
     * The executions that have waited at least the timeout for their report at {@code nowNanos},
     * in arrival order, as {@link Kind#ESTIMATED} fills priced by {@code estimate}; each is handed
     * out once, and its report, if it comes, becomes a correction.
     */
    public List<Fill> overdue(long nowNanos, ToDoubleBiFunction<Contract, Execution> estimate) {
        List<Fill> out = null;
        for (Iterator<Waiting> it = executions.values().iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            if (nowNanos - w.since < timeoutNanos) {
                continue;
            }
            it.remove();
            String id = w.execution.execId();
            double c = estimate.applyAsDouble(w.contract, w.execution);
            done.add(id);
            estimated.put(id, new Estimated(w.contract, w.execution, c));
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(new Fill(w.contract, w.execution, c, Double.NaN, Kind.ESTIMATED, Double.NaN));
        }
        return out == null ? List.of() : out;
    }

    /** Marks an execution as already handled (fills from before this run), so it is never delivered. */
    public void markDone(String execId) {
        done.add(execId);
        executions.remove(execId);
        reports.remove(execId);
    }

    /** Whether the fill {@code execId} was already handed out. */
    public boolean isDone(String execId) {
        return done.contains(execId);
    }

    /** When the oldest execution waiting for its report is overdue; Long.MAX_VALUE when none waits. */
    public long nextDueNanos() {
        for (Waiting w : executions.values()) {
            return w.since + timeoutNanos;
        }
        return Long.MAX_VALUE;
    }

    /** Shares of the IB order {@code orderId}'s executions still waiting for their commission (fills to come). */
    public double waitingShares(int orderId) {
        double shares = 0;
        for (Waiting w : executions.values()) {
            if (w.execution.orderId() == orderId) {
                shares += w.execution.shares();
            }
        }
        return shares;
    }

    /** Executions still waiting for their commission. */
    public int waiting() {
        return executions.size();
    }

    /** Fills handed out with an estimate whose report has not come yet. */
    public int estimatedPending() {
        return estimated.size();
    }
}
