package org.bt4j.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.opt.OptResult;
import org.bt4j.opt.ParamGrid;

/**
 * The results of one chunk of consecutive combinations, as they travel back from a member: value,
 * cash, error and analyzer results per combination; the parameters are not sent (the grid gives
 * them back from the index). Built on one thread, then read-only.
 */
final class ChunkRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long from;
    private final double[] values;
    private final double[] cash;
    private final String[] errors;
    private final ArrayList<Map<String, Map<String, Object>>> analyses;

    ChunkRows(long from, int count) {
        this.from = from;
        this.values = new double[count];
        this.cash = new double[count];
        this.errors = new String[count];
        this.analyses = new ArrayList<>(count);
    }

    /** Adds the next combination's result (in index order from {@code from}). */
    void add(OptResult r) {
        int i = analyses.size();
        values[i] = r.value();
        cash[i] = r.cash();
        errors[i] = r.error();
        analyses.add(r.analyses());
    }

    /** The results again, parameters taken from {@code grid}. */
    List<OptResult> results(ParamGrid grid) {
        List<OptResult> out = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            long index = from + i;
            out.add(new OptResult(index, grid.at(index), values[i], cash[i], analyses.get(i), errors[i]));
        }
        return out;
    }
}
