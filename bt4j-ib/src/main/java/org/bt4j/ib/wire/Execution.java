package org.bt4j.ib.wire;

/**
 * One execution (fill) from execDetails. {@code shares} is this fill, {@code cumQty} and
 * {@code avgPrice} the order's running totals; {@code side} is {@code BOT} or {@code SLD};
 * {@code time} is TWS's text ({@code yyyyMMdd  HH:mm:ss}, possibly with a zone). Fills are
 * keyed by {@code execId}; a correction re-sends an execId with a changed suffix.
 *
 * <p>Threading: immutable.
 */
public record Execution(int orderId, String execId, String time, String acctNumber, String exchange, String side,
                        double shares, double price, long permId, int clientId, int liquidation, double cumQty,
                        double avgPrice, String orderRef, String evRule, double evMultiplier, String modelCode,
                        int lastLiquidity, boolean pendingPriceRevision) {
}
