package org.bt4j.gateway.broker;

/**
 * A change of the paper account could not be written to its file (a full disk, an I/O error): the
 * change did not happen. Its message is one line. Immutable.
 */
public final class StateWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line naming what could not be saved and why */
    public StateWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
