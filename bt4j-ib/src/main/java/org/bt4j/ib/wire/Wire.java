package org.bt4j.ib.wire;

/**
 * Constants of the TWS socket protocol shared by client and gateway: the "unset" sentinels,
 * the frame size limit and the version range bt4j's client offers (the gateway serves every
 * framed version, see {@link ServerVersion}).
 *
 * <p>Threading: constants only.
 */
public final class Wire {

    /** Integer field that is "not set" (IB's {@code UNSET_INTEGER}). */
    public static final int UNSET_INTEGER = Integer.MAX_VALUE;
    /** Long field that is "not set". */
    public static final long UNSET_LONG = Long.MAX_VALUE;
    /** Double (and decimal) field that is "not set" (IB's {@code UNSET_DOUBLE}). */
    public static final double UNSET_DOUBLE = Double.MAX_VALUE;

    /** Largest payload a frame may carry (IB clients report a longer one as error 507). */
    public static final int MAX_FRAME_SIZE = 0xFFFFFF;

    /** Lowest server version bt4j's client accepts from TWS (TWS / IB Gateway 10.30 answer 187). */
    public static final int MIN_VERSION = 176;
    /** Highest server version bt4j's client offers: {@link ServerVersion#MAX}. */
    public static final int MAX_VERSION = ServerVersion.MAX;

    private Wire() {
    }

    /** @return true if {@code v} is a server version bt4j's client accepts */
    public static boolean isSupported(int v) {
        return v >= MIN_VERSION && v <= MAX_VERSION;
    }
}
