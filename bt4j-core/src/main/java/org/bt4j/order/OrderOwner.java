package org.bt4j.order;

/**
 * Who created an order and receives its notifications (a strategy). The broker hands each
 * status change or fill as an immutable snapshot; the engine delivers it to the owner on the
 * engine thread.
 */
public interface OrderOwner {

    /** Receives a snapshot of {@code order} taken when its status changed or it filled. */
    void addNotification(Order snapshot);
}
