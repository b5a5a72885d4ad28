package org.bt4j.gateway.broker;

/**
 * One execution in the simulated market, with its commission. Immutable.
 *
 * @param execId      unique execution id ({@code 0000e215.65a1c2b3.01.01} style)
 * @param orderId     client order id
 * @param clientId    owning API client
 * @param permId      permanent order id
 * @param conId       instrument
 * @param timeNanos   execution time, epoch nanos
 * @param side        BOT or SLD
 * @param shares      this fill's quantity
 * @param price       this fill's price
 * @param cumQty      order's cumulative filled quantity
 * @param avgPrice    order's average fill price
 * @param orderRef    client's order reference
 * @param account     account
 * @param commission  commission of this fill
 * @param realizedPnl realised PnL of this fill, NaN when it opened a position
 */
public record Fill(String execId, int orderId, int clientId, long permId, int conId, long timeNanos, String side,
                   double shares, double price, double cumQty, double avgPrice, String orderRef, String account,
                   double commission, double realizedPnl) {
}
