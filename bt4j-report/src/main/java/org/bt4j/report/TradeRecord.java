package org.bt4j.report;

/**
 * One trade of a run, as backtrader's {@code Trade}: when it opened and closed (UTC epoch
 * nanoseconds; {@code dtclose} is {@link Long#MIN_VALUE} while open), on which bars of the
 * run's clock, its opening size and average price and its profit. Immutable value.
 *
 * @param ref       backtrader's trade ref
 * @param data      index of the data it trades
 * @param dtopen    open time
 * @param dtclose   close time, or {@link Long#MIN_VALUE} while open
 * @param barOpen   clock bar index of the opening
 * @param barClose  clock bar index of the closing, or -1 while open
 * @param size      the signed size right after the opening fill
 * @param price     the average entry price
 * @param pnl       gross profit
 * @param pnlcomm   profit after commission
 */
public record TradeRecord(int ref, int data, long dtopen, long dtclose, int barOpen, int barClose,
                          double size, double price, double pnl, double pnlcomm) {

    /** Whether the trade is closed. */
    public boolean isClosed() {
        return barClose >= 0;
    }
}
