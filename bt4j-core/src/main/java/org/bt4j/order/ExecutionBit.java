package org.bt4j.order;

/**
 * One (partial) fill of an order: how much closed an existing position and how much opened a new
 * one, their values and commissions, the realised profit and loss, and the position right after.
 * Immutable.
 *
 * @param dt          fill time, UTC epoch nanoseconds
 * @param size        signed filled size
 * @param price       fill price
 * @param closed      signed size that reduced the existing position
 * @param closedValue value of the closed part at the position's price
 * @param closedComm  commission of the closed part (plus assigned interest)
 * @param opened      signed size that opened or increased the position
 * @param openedValue value of the opened part at the fill price
 * @param openedComm  commission of the opened part
 * @param pnl         realised profit and loss of the closed part
 * @param psize       position size after the fill
 * @param pprice      position average price after the fill
 */
public record ExecutionBit(long dt, double size, double price,
                           double closed, double closedValue, double closedComm,
                           double opened, double openedValue, double openedComm,
                           double pnl, double psize, double pprice) {

    /** Value of the fill: closed plus opened value. */
    public double value() {
        return closedValue + openedValue;
    }

    /** Commission of the fill: closed plus opened commission. */
    public double comm() {
        return closedComm + openedComm;
    }
}
