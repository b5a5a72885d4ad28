package org.bt4j.ib.client;

import java.io.IOException;

/**
 * A connection attempt to TWS / IB Gateway failed: nothing listening, a timeout, a peer that is
 * not TWS, an unsupported server version, or a client id already in use. The message is one
 * line naming host, port and what to check.
 *
 * <p>Threading: immutable.
 */
public final class IbConnectException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean clientIdInUse;

    /** @param message one line; {@code clientIdInUse} marks error 326 */
    public IbConnectException(String message, boolean clientIdInUse) {
        super(message);
        this.clientIdInUse = clientIdInUse;
    }

    /** @param message one line */
    public IbConnectException(String message) {
        this(message, false);
    }

    /** @return true if TWS refused the client id (error 326); retrying with the same id is pointless */
    public boolean clientIdInUse() {
        return clientIdInUse;
    }
}
