package org.bt4j.ib.wire;

/**
 * The state part of openOrder / completedOrder: IB's status text ({@code PreSubmitted},
 * {@code Submitted}, {@code Filled}, {@code Cancelled}, {@code Inactive} …), the commission
 * TWS attaches once known ({@link Wire#UNSET_DOUBLE} before), any warning text, and for
 * completed orders the filled quantity, completion time and completion status.
 *
 * <p>Threading: immutable.
 */
public record OrderState(String status, double commission, double minCommission, double maxCommission,
                         String commissionCurrency, String warningText, double filledQuantity, String completedTime,
                         String completedStatus) {

    /** A state with only a status (commission unknown). */
    public static OrderState of(String status) {
        return new OrderState(status, Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE, "", "",
                Wire.UNSET_DOUBLE, "", "");
    }
}
