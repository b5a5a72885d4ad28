package org.bt4j.opt;

import java.util.Map;

/**
 * The outcome of one combination of an optimisation: its index in the grid, its parameters, and
 * either the final broker value and cash with the analyzers' results, or the one-line error that
 * stopped it. Immutable once built; safe to hand between threads.
 *
 * @param index     the combination's index in the {@link ParamGrid}
 * @param params    parameter name → value
 * @param value     final broker value (NaN when failed)
 * @param cash      final broker cash (NaN when failed)
 * @param analyses  analyzer name → result (empty when failed)
 * @param error     null when the run finished, else what went wrong
 */
public record OptResult(long index, Map<String, Object> params, double value, double cash,
                        Map<String, Map<String, Object>> analyses, String error) {

    /** Whether the run failed. */
    public boolean failed() {
        return error != null;
    }
}
