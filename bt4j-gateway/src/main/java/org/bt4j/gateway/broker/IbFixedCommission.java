package org.bt4j.gateway.broker;

import org.bt4j.gateway.market.Instrument;

/** IB's fixed commission schedule (see {@link CommissionModel#ibFixed()}). Stateless. */
final class IbFixedCommission implements CommissionModel {

    static final IbFixedCommission INSTANCE = new IbFixedCommission();

    private IbFixedCommission() {
    }

    @Override
    public double commission(Instrument ins, double cumQty, double avgPrice) {
        double q = Math.abs(cumQty);
        if (q == 0) {
            return 0;
        }
        double value = q * avgPrice * ins.multiplierValue();
        double c = switch (ins.secType()) {
            case STK -> Math.min(Math.max(q * 0.005, 1.00), value * 0.01);
            case FUT, FOP -> q * 2.25;
            case OPT -> Math.max(q * 0.65, 1.00);
            case CASH -> Math.max(value * 0.00002, 2.00);
            case IND -> 0.0;
        };
        return Math.round(c * 1e8) / 1e8;
    }
}
