package org.bt4j.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link CommInfo}: backtrader's CommInfoBase rules (inventory A12) — the legacy type rule,
 * percabs, stock versus futures valuation, getsize's floor division then leverage, automargin and
 * credit interest. Every expected number is worked out by hand in a comment.
 */
class CommInfoTest {

    private static final double EPS = 1e-12;

    @Test
    void setCommissionWithoutMarginIsStockLikeWithAnAbsolutePercentage() {
        CommInfo ci = CommInfo.setCommission(0.001, Double.NaN, 1);
        assertTrue(ci.isStockLike());
        assertEquals(CommInfo.CommType.PERC, ci.commType());
        assertTrue(Double.isNaN(ci.margin()));
        assertEquals(0.5, ci.getCommission(-10, 50), EPS); // 10 * 0.001 * 50
        assertEquals(500.0, ci.getOperationCost(-10, 50), EPS); // |size| * price
        assertEquals(-500.0, ci.getValueSize(-10, 50), EPS); // signed size * price
        assertEquals(30.0, ci.profitAndLoss(10, 50, 53), EPS); // 10 * 3 * mult 1
        assertEquals(0.0, ci.cashAdjust(10, 50, 53)); // stocks are not marked to market in cash
    }

    @Test
    void aPercentageCommissionIsAFractionOnEveryEntryPointUnlessPercentIsAskedFor() {
        // one meaning: builder().commission(0.001) charges what setcommission(0.001) charges (0.1 %)
        CommInfo built = CommInfo.builder().commission(0.001).build();
        CommInfo set = CommInfo.setCommission(0.001, Double.NaN, 1);
        assertEquals(set.commission(), built.commission(), EPS);
        assertEquals(0.5, built.getCommission(10, 50), EPS); // 10 * 50 * 0.001
        // backtrader's CommInfoBase class default percabs=False: 0.1 is read as 0.1 %
        CommInfo percent = CommInfo.builder().commission(0.1).percAbs(false).build();
        assertEquals(0.001, percent.commission(), EPS);
        assertEquals(0.5, percent.getCommission(10, 50), EPS);
    }

    @Test
    void marginGivenMeansFuturesWithAFixedCommissionPerContract() {
        CommInfo ci = CommInfo.setCommission(2.0, 2000, 10);
        assertFalse(ci.isStockLike());
        assertEquals(CommInfo.CommType.FIXED, ci.commType());
        assertEquals(2000.0, ci.margin());
        assertEquals(10.0, ci.mult());
        assertEquals(6.0, ci.getCommission(-3, 4000), EPS); // 3 contracts * 2.0, price ignored
        assertEquals(6000.0, ci.getOperationCost(-3, 4000), EPS); // 3 * margin
        assertEquals(6000.0, ci.getValueSize(-3, 4000), EPS); // |size| * margin
        assertEquals(3.0, ci.getSize(4000, 7000)); // 7000 // 2000
        assertEquals(200.0, ci.profitAndLoss(2, 4000, 4010), EPS); // 2 * 10 * mult 10
        assertEquals(-200.0, ci.cashAdjust(-2, 4000, 4010), EPS);
        assertEquals(6000.0, ci.getValue(new Position(-3, 4000), 4100), EPS);
    }

    @Test
    void explicitTypeOverridesTheLegacyRuleAndFuturesWithoutMarginGetOne() {
        CommInfo futPerc = CommInfo.builder().commType(CommInfo.CommType.PERC).stockLike(false)
                .margin(1000).commission(0.005).build();
        assertFalse(futPerc.isStockLike());
        assertEquals(40.0, futPerc.getCommission(2, 4000), EPS); // 2 * 0.005 * 4000
        CommInfo noMargin = CommInfo.builder().commType(CommInfo.CommType.FIXED).stockLike(false).build();
        assertEquals(1.0, noMargin.margin());
        assertEquals(7.0, noMargin.getOperationCost(7, 123), EPS);
        CommInfo stockFixed = CommInfo.builder().commType(CommInfo.CommType.FIXED).stockLike(true)
                .margin(500).commission(1.5).build();
        assertTrue(stockFixed.isStockLike());
        assertEquals(15.0, stockFixed.getCommission(-10, 50), EPS);
        assertTrue(CommInfo.builder().margin(500).build().commType() == CommInfo.CommType.FIXED);
    }

    @Test
    void getSizeFloorDividesTheCashThenAppliesLeverageThenTruncates() {
        CommInfo ci = CommInfo.builder().leverage(2.5).build();
        // int(2.5 * (1000 // 300)) = int(2.5 * 3) = 7, not int(2.5 * 1000 / 300) = 8
        assertEquals(7.0, ci.getSize(300, 1000));
        assertEquals(30.0, CommInfo.defaultScheme().getSize(33, 1000)); // 1000 // 33
        assertEquals(-4.0, CommInfo.defaultScheme().getSize(300, -1000)); // -1000 // 300 = -4
    }

    @Test
    void stockValueOfLongsIsMarketValueAndShortsFollowBacktradersFormula() {
        CommInfo ci = CommInfo.defaultScheme();
        assertEquals(0.0, ci.getValue(new Position(), 45));
        assertEquals(450.0, ci.getValue(new Position(10, 50), 45), EPS);
        // short 10 at 50, price 45: 50 * -10 + (50 - 45) * -10 = -550
        assertEquals(-550.0, ci.getValue(new Position(-10, 50), 45), EPS);
    }

    @Test
    void automarginUsesPriceTimesMultOrPriceTimesFactor() {
        CommInfo byMult = CommInfo.builder().commType(CommInfo.CommType.FIXED).stockLike(false).mult(5)
                .automargin(-1).build();
        assertEquals(500.0, byMult.getMargin(100), EPS);
        assertEquals(2.0, byMult.getSize(100, 1234)); // 1234 // 500
        CommInfo byFactor = CommInfo.builder().margin(900).automargin(0.2).build();
        assertEquals(20.0, byFactor.getMargin(100), EPS);
        assertEquals(900.0, CommInfo.builder().margin(900).build().getMargin(100));
    }

    @Test
    void creditInterestChargesShortsAndLongsOnlyWhenAsked() {
        CommInfo shortsOnly = CommInfo.builder().interest(0.0365).build(); // 0.0001 per day
        assertTrue(shortsOnly.chargesInterest());
        assertEquals(0.15, shortsOnly.getCreditInterest(-10, 50, 3), EPS); // 3 * 0.0001 * 10 * 50
        assertEquals(0.0, shortsOnly.getCreditInterest(10, 50, 3));
        CommInfo both = CommInfo.builder().interest(0.0365).interestLong(true).build();
        assertEquals(0.15, both.getCreditInterest(10, 50, 3), EPS);
        assertFalse(CommInfo.defaultScheme().chargesInterest());
    }

    @Test
    void builderRejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> CommInfo.builder().commission(-1));
        assertThrows(IllegalArgumentException.class, () -> CommInfo.builder().mult(0));
        assertThrows(IllegalArgumentException.class, () -> CommInfo.builder().margin(-5));
        assertThrows(IllegalArgumentException.class, () -> CommInfo.builder().leverage(0));
    }

    @Test
    void printsAsBacktraderPrintsACommInfoWithoutItsAddress() {
        assertEquals("<backtrader.comminfo.CommInfoBase object>", CommInfo.defaultScheme().toString());
    }
}
