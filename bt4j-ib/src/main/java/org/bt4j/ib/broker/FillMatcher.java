package org.bt4j.ib.broker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.Wire;

/**
 * Pairs IB executions with their commission reports by execution id, whichever comes first, and
 * hands out each fill exactly once: an execution seen again (a live execDetails and the same one
 * re-read by reqExecutions after a reconnect) is ignored. Engine thread only.
 */
public final class FillMatcher {

    /** One complete fill: the execution, its contract, its commission and IB's realised P&L (NaN when none). */
    public record Fill(Contract contract, Execution execution, double commission, double realizedPnl) {
    }

    private record Report(double commission, double realizedPnl) {
    }

    private final Map<String, Execution> executions = new HashMap<>();
    private final Map<String, Contract> contracts = new HashMap<>();
    private final Map<String, Report> reports = new HashMap<>();
    private final Set<String> done = new HashSet<>();

    /** An execution arrived; returns the complete fill when its commission is already known, else null. */
    public Fill onExecution(Contract contract, Execution e) {
        String id = e.execId();
        if (done.contains(id) || executions.containsKey(id)) {
            return null;
        }
        Report r = reports.remove(id);
        if (r == null) {
            executions.put(id, e);
            contracts.put(id, contract);
            return null;
        }
        done.add(id);
        return new Fill(contract, e, r.commission, r.realizedPnl);
    }

    /** A commission report arrived; returns the complete fill when its execution is already known, else null. */
    public Fill onCommission(String execId, double commission, double realizedPnl) {
        if (done.contains(execId)) {
            return null;
        }
        double pnl = realizedPnl == Wire.UNSET_DOUBLE ? Double.NaN : realizedPnl;
        Execution e = executions.remove(execId);
        if (e == null) {
            reports.put(execId, new Report(commission, pnl));
            return null;
        }
        done.add(execId);
        return new Fill(contracts.remove(execId), e, commission, pnl);
    }

    /** Marks an execution as already handled (fills from before this run), so it is never delivered. */
    public void markDone(String execId) {
        done.add(execId);
        executions.remove(execId);
        contracts.remove(execId);
        reports.remove(execId);
    }

    /** Whether the fill {@code execId} was already handed out. */
    public boolean isDone(String execId) {
        return done.contains(execId);
    }

    /** Executions still waiting for their commission. */
    public int waiting() {
        return executions.size();
    }
}
