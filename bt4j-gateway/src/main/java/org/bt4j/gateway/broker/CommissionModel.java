package org.bt4j.gateway.broker;

import org.bt4j.gateway.market.Instrument;

/**
 * Commission on an order's cumulative fill, so each execution pays the difference between the
 * order's commission after and before it (the per-order minimum is paid once, on the first fill).
 * Implementations are immutable and thread-safe.
 */
public interface CommissionModel {

    /** Commission, in the instrument's currency, for {@code cumQty} filled at average {@code avgPrice}. */
    double commission(Instrument instrument, double cumQty, double avgPrice);

    /** IB's fixed pricing (US stocks 0.005/share, min 1.00, max 1% of value; futures 0.85 + fees per contract; options 0.65/contract min 1.00; forex 0.20 bp, min 2.00). */
    static CommissionModel ibFixed() {
        return IbFixedCommission.INSTANCE;
    }

    /** No commission. */
    static CommissionModel zero() {
        return (i, q, p) -> 0.0;
    }
}
