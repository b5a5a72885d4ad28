package org.bt4j.ib.wire;

/**
 * The table of server versions: each constant is the first server version at which TWS and its
 * clients changed a message layout or a request became available (IB's {@code MIN_SERVER_VER_*}
 * numbers). Every layout the codec writes and reads decides each field by
 * {@code serverVersion >= GATE} against this table, so one codec speaks every framed version from
 * {@link #MIN_FRAMED} to {@link #MAX}. Gates below {@link #MIN_FRAMED} belong to the legacy
 * (un-framed) protocol and hold at every framed version.
 *
 * <p>Threading: constants only.
 */
public final class ServerVersion {

    /** The first framed version: the {@code API\0} greeting and length-prefixed messages. */
    public static final int MIN_FRAMED = 100;
    /** The newest version bt4j speaks: the last one before the protobuf framing (201). */
    public static final int MAX = 187;

    /**
     * The server version the gateway answers a legacy (pre-v100) client with, what TWS 9.72 gave. A
     * legacy session sends its client version as a bare number and every message un-framed with the
     * per-message version of that era; its layouts are decided on the client's version (below
     * {@link #MIN_FRAMED}, as TWS itself decided them), so every field added at a framed version is
     * absent, and a gate below 100 ({@code solicited} at 73, say) is absent too for IbPy's 62.
     */
    public static final int LEGACY_ANSWER = 76;
    /** Lowest legacy client version served (IbPy 0.8's {@code CLIENT_VERSION}, which backtrader uses). */
    public static final int LEGACY_MIN_CLIENT = 62;

    /** 101: positions and portfolio quantities may be fractional. */
    public static final int FRACTIONAL_POSITIONS = 101;
    /** 102: orders carry the pegged-to-benchmark fields and order conditions. */
    public static final int PEGGED_TO_BENCHMARK = 102;
    /** 103: model codes on orders, executions, positions and account updates. */
    public static final int MODELS_SUPPORT = 103;
    /** 104: option chain parameters can be requested. */
    public static final int SEC_DEF_OPT_PARAMS_REQ = 104;
    /** 105: orders carry extOperator. */
    public static final int EXT_OPERATOR = 105;
    /** 106: orders carry a soft dollar tier. */
    public static final int SOFT_DOLLAR_TIER = 106;
    /** 107: family codes can be requested. */
    public static final int REQ_FAMILY_CODES = 107;
    /** 108: matching symbols can be requested. */
    public static final int REQ_MATCHING_SYMBOLS = 108;
    /** 109: tick price attributes carry the past-limit bit. */
    public static final int PAST_LIMIT = 109;
    /** 110: contract details carry a market-data size multiplier (until SIZE_RULES). */
    public static final int MD_SIZE_MULTIPLIER = 110;
    /** 111: orders carry a cash quantity. */
    public static final int CASH_QTY = 111;
    /** 112: market depth exchanges can be requested. */
    public static final int REQ_MKT_DEPTH_EXCHANGES = 112;
    /** 113: news ticks. */
    public static final int TICK_NEWS = 113;
    /** 114: SMART components can be requested. */
    public static final int REQ_SMART_COMPONENTS = 114;
    /** 115: news providers can be requested. */
    public static final int REQ_NEWS_PROVIDERS = 115;
    /** 116: news articles can be requested. */
    public static final int REQ_NEWS_ARTICLE = 116;
    /** 117: historical news can be requested. */
    public static final int REQ_HISTORICAL_NEWS = 117;
    /** 118: the head time stamp can be requested. */
    public static final int REQ_HEAD_TIMESTAMP = 118;
    /** 119: histogram data can be requested. */
    public static final int REQ_HISTOGRAM = 119;
    /** 120: market depth exchanges carry a service data type. */
    public static final int SERVICE_DATA_TYPE = 120;
    /** 121: contract details carry an aggregation group. */
    public static final int AGG_GROUP = 121;
    /** 122: contract details carry the underlying symbol and type. */
    public static final int UNDERLYING_INFO = 122;
    /** 123: a head time stamp request can be cancelled. */
    public static final int CANCEL_HEADTIMESTAMP = 123;
    /** 124: historical data requests lose their version and gain keepUpToDate; bars lose the hasGaps text. */
    public static final int SYNT_REALTIME_BARS = 124;
    /** 125: market data and depth requests may be rerouted. */
    public static final int CFD_REROUTE = 125;
    /** 126: market rules: contract details carry market rule ids. */
    public static final int MARKET_RULES = 126;
    /** 127: account PnL can be requested. */
    public static final int PNL = 127;
    /** 128: news requests carry query options. */
    public static final int NEWS_QUERY_ORIGINS = 128;
    /** 129: PnL messages carry unrealized PnL. */
    public static final int UNREALIZED_PNL = 129;
    /** 130: historical ticks can be requested. */
    public static final int HISTORICAL_TICKS = 130;
    /** 131: orderStatus loses its version and gains mktCapPrice. */
    public static final int MARKET_CAP_PRICE = 131;
    /** 132: tick price attributes carry the pre-open bit. */
    public static final int PRE_OPEN_BID_ASK = 132;
    /** 134: contract details carry the real expiration date. */
    public static final int REAL_EXPIRATION_DATE = 134;
    /** 135: PnL messages carry realized PnL. */
    public static final int REALIZED_PNL = 135;
    /** 136: execDetails loses its version and gains lastLiquidity. */
    public static final int LAST_LIQUIDITY = 136;
    /** 137: tick-by-tick data can be requested. */
    public static final int TICK_BY_TICK = 137;
    /** 138: orders carry the MiFID II decision maker fields. */
    public static final int DECISION_MAKER = 138;
    /** 139: orders carry the MiFID II execution fields. */
    public static final int MIFID_EXECUTION = 139;
    /** 140: tick-by-tick requests carry numberOfTicks and ignoreSize. */
    public static final int TICK_BY_TICK_IGNORE_SIZE = 140;
    /** 141: orders carry dontUseAutoPriceForHedge. */
    public static final int AUTO_PRICE_FOR_HEDGE = 141;
    /** 142: what-if order states carry before/after/change margins. */
    public static final int WHAT_IF_EXT_FIELDS = 142;
    /** 143: scanner subscriptions carry filter options. */
    public static final int SCANNER_GENERIC_OPTS = 143;
    /** 144: orders can be bound to an API client. */
    public static final int API_BIND_ORDER = 144;
    /** 145: placeOrder and openOrder lose their version; orders carry isOmsContainer. */
    public static final int ORDER_CONTAINER = 145;
    /** 146: market depth carries isSmartDepth. */
    public static final int SMART_DEPTH = 146;
    /** 147: TWS no longer sends null in numeric fields. */
    public static final int REMOVE_NULL_ALL_CASTING = 147;
    /** 148: orders carry discretionaryUpToLimitPrice. */
    public static final int D_PEG_ORDERS = 148;
    /** 149: market depth carries the primary exchange. */
    public static final int MKT_DEPTH_PRIM_EXCHANGE = 149;
    /** 150: completed orders can be requested. */
    public static final int COMPLETED_ORDERS = 150;
    /** 151: orders carry usePriceMgmtAlgo. */
    public static final int PRICE_MGMT_ALGO = 151;
    /** 152: contract details carry the stock type. */
    public static final int STOCK_TYPE = 152;
    /** 153: free text (errors, long names) is sent 7-bit with &#92;uXXXX escapes. */
    public static final int ENCODE_MSG_ASCII7 = 153;
    /** 154: all family codes are sent. */
    public static final int SEND_ALL_FAMILY_CODES = 154;
    /** 155: orders carry openClose with no default. */
    public static final int NO_DEFAULT_OPEN_CLOSE = 155;
    /** 156: option computations carry the tick attribute. */
    public static final int PRICE_BASED_VOLATILITY = 156;
    /** 157: replace-FA end message. */
    public static final int REPLACE_FA_END = 157;
    /** 158: orders carry duration. */
    public static final int DURATION = 158;
    /** 159: market data sizes are in shares. */
    public static final int MARKET_DATA_IN_SHARES = 159;
    /** 160: orders carry postToAts. */
    public static final int POST_TO_ATS = 160;
    /** 161: Wall Street Horizon calendar. */
    public static final int WSHE_CALENDAR = 161;
    /** 162: orders carry autoCancelParent. */
    public static final int AUTO_CANCEL_PARENT = 162;
    /** 163: contract details carry sizes as decimals. */
    public static final int FRACTIONAL_SIZE_SUPPORT = 163;
    /** 164: contract data loses its version; contract details carry minSize and size increments. */
    public static final int SIZE_RULES = 164;
    /** 165: historical schedule. */
    public static final int HISTORICAL_SCHEDULE = 165;
    /** 166: error carries advancedOrderRejectJson; orders carry advancedErrorOverride. */
    public static final int ADVANCED_ORDER_REJECT = 166;
    /** 167: user info can be requested. */
    public static final int USER_INFO = 167;
    /** 168: crypto aggregated trades. */
    public static final int CRYPTO_AGGREGATED_TRADES = 168;
    /** 169: placeOrder carries manualOrderTime; cancelOrder carries manualOrderCancelTime. */
    public static final int MANUAL_ORDER_TIME = 169;
    /** 170: orders carry the PEG BEST / PEG MID fields. */
    public static final int PEGBEST_PEGMID_OFFSETS = 170;
    /** 171: Wall Street Horizon event filters. */
    public static final int WSH_EVENT_DATA_FILTERS = 171;
    /** 172: IPO prices. */
    public static final int IPO_PRICES = 172;
    /** 173: Wall Street Horizon event filter dates. */
    public static final int WSH_EVENT_DATA_FILTERS_DATE = 173;
    /** 174: instrument time zone. */
    public static final int INSTRUMENT_TIMEZONE = 174;
    /** 175: historical data sizes are in shares. */
    public static final int HMDS_MARKET_DATA_IN_SHARES = 175;
    /** 176: contract requests carry the bond issuer id. */
    public static final int BOND_ISSUERID = 176;
    /** 177: placeOrder and openOrder lose faProfile. */
    public static final int FA_PROFILE_DESUPPORT = 177;
    /** 178: execDetails gains pendingPriceRevision. */
    public static final int PENDING_PRICE_REVISION = 178;
    /** 179: contract details carry 17 fund fields for secType FUND. */
    public static final int FUND_DATA_FIELDS = 179;
    /** 180: option exercise carries manual order time. */
    public static final int MANUAL_ORDER_TIME_EXERCISE_OPTIONS = 180;
    /** 181: open orders carry the AD strategy. */
    public static final int OPEN_ORDER_AD_STRATEGY = 181;
    /** 182: contract details gain lastTradeDate. */
    public static final int LAST_TRADE_DATE = 182;
    /** 183: placeOrder and openOrder gain customerAccount. */
    public static final int CUSTOMER_ACCOUNT = 183;
    /** 184: placeOrder and openOrder gain professionalCustomer. */
    public static final int PROFESSIONAL_CUSTOMER = 184;
    /** 185: openOrder gains bondAccruedInterest. */
    public static final int BOND_ACCRUED_INTEREST = 185;
    /** 186: contract details gain the ineligibility reasons list. */
    public static final int INELIGIBILITY_REASONS = 186;
    /** 187: placeOrder and cancelOrder gain the RFQ fields. */
    public static final int RFQ_FIELDS = 187;

    private ServerVersion() {
    }

    /** @return true if {@code v} is a framed version the codec can speak ({@value #MIN_FRAMED}..{@value #MAX}) */
    public static boolean isFramed(int v) {
        return v >= MIN_FRAMED && v <= MAX;
    }
}
