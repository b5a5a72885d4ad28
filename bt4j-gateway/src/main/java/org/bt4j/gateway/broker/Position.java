package org.bt4j.gateway.broker;

/**
 * A position of the paper account: signed quantity, average cost per unit of price including
 * commissions (as IB reports it, before the multiplier), and realised PnL so far. Immutable.
 *
 * @param conId    instrument
 * @param quantity signed quantity
 * @param avgCost  average cost per unit of price
 * @param realized realised PnL so far
 */
public record Position(int conId, double quantity, double avgCost, double realized) {
}
