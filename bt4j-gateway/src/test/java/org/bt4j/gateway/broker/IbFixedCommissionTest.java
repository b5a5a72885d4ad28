package org.bt4j.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.junit.jupiter.api.Test;

/** IB's fixed pricing, worked out by hand from the published schedule. */
class IbFixedCommissionTest {

    private static final double EPS = 1e-9;
    private final CommissionModel ib = CommissionModel.ibFixed();

    private static Instrument of(SecType t, String multiplier) {
        return Instrument.builder("X", t).conId(1).multiplier(multiplier).build();
    }

    private final Instrument stock = of(SecType.STK, "");

    @Test
    void stocksPayHalfACentPerShare() {
        assertEquals(2.50, ib.commission(stock, 500, 40.0), EPS); // 500 × 0.005
        assertEquals(5.00, ib.commission(stock, 1000, 185.49), EPS);
        assertEquals(5.00, ib.commission(stock, -1000, 185.49), EPS, "sells pay like buys");
    }

    @Test
    void stocksPayAtLeastOneDollarPerOrder() {
        assertEquals(1.00, ib.commission(stock, 100, 185.0), EPS); // 0.50 → minimum 1.00
        assertEquals(1.00, ib.commission(stock, 200, 50.0), EPS); // exactly the minimum
        assertEquals(1.005, ib.commission(stock, 201, 50.0), EPS); // just above it
    }

    @Test
    void stocksPayAtMostOnePercentOfTradeValue() {
        // 100 shares at 0.50 = 50.00 of value: minimum 1.00 would exceed 1% (0.50), the cap wins.
        assertEquals(0.50, ib.commission(stock, 100, 0.50), EPS);
        // 10 000 shares at 0.20: 50.00 per share rate, cap 1% of 2 000 = 20.00.
        assertEquals(20.00, ib.commission(stock, 10_000, 0.20), EPS);
    }

    @Test
    void nothingFilledCostsNothing() {
        assertEquals(0.0, ib.commission(stock, 0, 185.0));
        assertEquals(0.0, ib.commission(of(SecType.CASH, ""), 0, 1.1));
    }

    @Test
    void cumulativeChargingPaysTheMinimumOnceAcrossPartialFills() {
        // 300 shares filled as 100 + 200: first fill charged 1.00, second the difference to 1.50.
        double afterFirst = ib.commission(stock, 100, 185.0);
        double afterSecond = ib.commission(stock, 300, 185.0);
        assertEquals(1.00, afterFirst, EPS);
        assertEquals(0.50, afterSecond - afterFirst, EPS);
    }

    @Test
    void futuresArePerContractWhateverThePrice() {
        Instrument es = of(SecType.FUT, "50");
        double one = ib.commission(es, 1, 4800.0);
        assertEquals(3 * one, ib.commission(es, 3, 4800.0), EPS);
        assertEquals(one, ib.commission(es, 1, 10.0), EPS);
        assertEquals(one, ib.commission(of(SecType.FOP, "50"), 1, 25.0), EPS);
        // 0.85 IB commission plus exchange and regulatory fees per contract
        assertTrue(one > 0.85, "per-contract charge " + one + " must include fees above 0.85");
    }

    @Test
    void optionsPaySixtyFiveCentsPerContractMinimumOneDollar() {
        Instrument opt = of(SecType.OPT, "100");
        assertEquals(1.00, ib.commission(opt, 1, 2.5), EPS);
        assertEquals(1.30, ib.commission(opt, 2, 2.5), EPS);
        assertEquals(6.50, ib.commission(opt, 10, 2.5), EPS);
    }

    @Test
    void forexPaysPointTwoBasisPointsWithTwoDollarMinimum() {
        Instrument eur = of(SecType.CASH, "");
        // 0.2 bp of 1 000 000 × 1.10 = 22.00
        assertEquals(22.00, ib.commission(eur, 1_000_000, 1.10), EPS);
        // 0.2 bp of 25 000 × 1.10 = 0.55 → minimum 2.00
        assertEquals(2.00, ib.commission(eur, 25_000, 1.10), EPS);
    }

    @Test
    void indicesAreNotCharged() {
        assertEquals(0.0, ib.commission(of(SecType.IND, ""), 10, 4800.0));
    }
}
