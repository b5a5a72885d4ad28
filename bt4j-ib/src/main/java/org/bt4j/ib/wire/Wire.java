package org.bt4j.ib.wire;

/**
 * Constants of the TWS socket protocol shared by client and gateway: the "unset" sentinels,
 * the frame size limit and the server versions we speak (176..187) with the version gates
 * between them that change message layouts.
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

    /** Lowest server version we accept. */
    public static final int MIN_VERSION = 176;
    /** Highest server version we speak (last text-only protocol version we target). */
    public static final int MAX_VERSION = 187;

    /** placeOrder/openOrder lose {@code faProfile}. */
    public static final int FA_PROFILE_DESUPPORT = 177;
    /** execDetails gains {@code pendingPriceRevision}. */
    public static final int PENDING_PRICE_REVISION = 178;
    /** contractDetails: 17 fund fields for secType FUND. */
    public static final int FUND_DATA_FIELDS = 179;
    /** contractDetails gains {@code lastTradeDate}. */
    public static final int LAST_TRADE_DATE = 182;
    /** placeOrder/openOrder gain {@code customerAccount}. */
    public static final int CUSTOMER_ACCOUNT = 183;
    /** placeOrder/openOrder gain {@code professionalCustomer}. */
    public static final int PROFESSIONAL_CUSTOMER = 184;
    /** openOrder gains {@code bondAccruedInterest}. */
    public static final int BOND_ACCRUED_INTEREST = 185;
    /** contractDetails gains the ineligibility reasons list. */
    public static final int INELIGIBILITY_REASONS = 186;
    /** placeOrder and cancelOrder gain the RFQ placeholder fields. */
    public static final int RFQ_FIELDS = 187;

    private Wire() {
    }

    /** @return true if {@code v} is a server version we can speak */
    public static boolean isSupported(int v) {
        return v >= MIN_VERSION && v <= MAX_VERSION;
    }
}
