package org.bt4j.opt;

/**
 * Receives optimisation results in grid order, each as soon as it and every earlier one are done. The
 * optimiser calls it from its worker threads but never concurrently (one call at a time), so an
 * implementation needs no locking of its own; it should not keep results it does not need, so
 * memory stays flat however large the grid.
 */
@FunctionalInterface
public interface ResultSink extends AutoCloseable {

    /** One finished combination. */
    void accept(OptResult result);

    /** Called once after the last result. */
    @Override
    default void close() {
    }
}
