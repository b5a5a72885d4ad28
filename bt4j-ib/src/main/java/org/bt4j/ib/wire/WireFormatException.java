package org.bt4j.ib.wire;

/**
 * A frame or message that does not follow the TWS socket protocol: an oversized or truncated
 * frame, a missing field, a number that is not a number, a peer that does not speak TWS at all.
 * Its message is one line naming what was wrong; the connection that produced it is not usable
 * any more and should be closed. Unchecked, so that decoders stay readable.
 *
 * <p>Threading: immutable.
 */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line naming the protocol violation */
    public WireFormatException(String message) {
        super(message);
    }

    /** @param message one line naming the protocol violation; {@code cause} kept for debugging */
    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
