package org.bt4j.ib.broker;

import org.bt4j.broker.CommInfo;
import org.bt4j.ib.wire.Contract;

/**
 * backtrader's IBCommInfo: the commission scheme of an IB contract. The multiplier comes from the
 * contract (1 when it has none); value and cost are size x price x multiplier with no margin
 * model; the commission rate is zero because IB reports the real commission of every execution.
 * Stateless.
 */
public final class IbCommInfo {

    private IbCommInfo() {
    }

    /** The scheme for {@code contract}. */
    public static CommInfo of(Contract contract) {
        double mult = 1.0;
        String m = contract.multiplier();
        if (m != null && !m.isBlank()) {
            try {
                mult = Double.parseDouble(m.trim());
            } catch (NumberFormatException e) {
                mult = 1.0;
            }
        }
        return CommInfo.builder().commission(0.0).percAbs(true).commType(CommInfo.CommType.FIXED)
                .stockLike(true).mult(mult).build();
    }

    /** Whether IB treats the contract like a future (FUT, OPT, FOP): backtrader's stock-like flag is false then. */
    public static boolean isFutureLike(Contract contract) {
        String t = contract.secType();
        return "FUT".equals(t) || "OPT".equals(t) || "FOP".equals(t);
    }
}
