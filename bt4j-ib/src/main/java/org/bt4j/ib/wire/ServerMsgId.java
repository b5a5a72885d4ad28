package org.bt4j.ib.wire;

/**
 * Ids of the messages TWS sends to a client (the first field of every server message) that bt4j encodes (gateway) and decodes (client).
 *
 * <p>Threading: constants only.
 */
public final class ServerMsgId {

    /** tick price. */
    public static final int TICK_PRICE = 1;
    /**
     * Highest message id of the legacy (pre-v100) protocol either way (accountSummaryEnd,
     * cancelPositions): a legacy reader stops at an unknown id, so later ids are not sent to a legacy
     * client, and a legacy client sending one is not understood.
     */
    public static final int LAST_LEGACY = 64;
    /** tick size. */
    public static final int TICK_SIZE = 2;
    /** order status. */
    public static final int ORDER_STATUS = 3;
    /** error. */
    public static final int ERROR = 4;
    /** open order. */
    public static final int OPEN_ORDER = 5;
    /** account value. */
    public static final int ACCOUNT_VALUE = 6;
    /** portfolio value. */
    public static final int PORTFOLIO_VALUE = 7;
    /** account update time. */
    public static final int ACCOUNT_UPDATE_TIME = 8;
    /** next valid id. */
    public static final int NEXT_VALID_ID = 9;
    /** contract data. */
    public static final int CONTRACT_DATA = 10;
    /** execution data. */
    public static final int EXECUTION_DATA = 11;
    /** managed accounts. */
    public static final int MANAGED_ACCOUNTS = 15;
    /** historical data. */
    public static final int HISTORICAL_DATA = 17;
    /** tick generic. */
    public static final int TICK_GENERIC = 45;
    /** tick string. */
    public static final int TICK_STRING = 46;
    /** current time. */
    public static final int CURRENT_TIME = 49;
    /** real time bars. */
    public static final int REAL_TIME_BARS = 50;
    /** contract data end. */
    public static final int CONTRACT_DATA_END = 52;
    /** open order end. */
    public static final int OPEN_ORDER_END = 53;
    /** account download end. */
    public static final int ACCOUNT_DOWNLOAD_END = 54;
    /** execution data end. */
    public static final int EXECUTION_DATA_END = 55;
    /** tick snapshot end. */
    public static final int TICK_SNAPSHOT_END = 57;
    /** market data type. */
    public static final int MARKET_DATA_TYPE = 58;
    /** commission report. */
    public static final int COMMISSION_REPORT = 59;
    /** position. */
    public static final int POSITION = 61;
    /** position end. */
    public static final int POSITION_END = 62;
    /** account update multi. */
    public static final int ACCOUNT_UPDATE_MULTI = 73;
    /** account update multi end. */
    public static final int ACCOUNT_UPDATE_MULTI_END = 74;
    /** tick req params. */
    public static final int TICK_REQ_PARAMS = 81;
    /** historical data update. */
    public static final int HISTORICAL_DATA_UPDATE = 90;
    /** completed order. */
    public static final int COMPLETED_ORDER = 101;
    /** completed orders end. */
    public static final int COMPLETED_ORDERS_END = 102;

    /** market depth (one row). */
    public static final int MARKET_DEPTH = 12;
    /** market depth with the market maker. */
    public static final int MARKET_DEPTH_L2 = 13;
    /** fundamental data. */
    public static final int FUNDAMENTAL_DATA = 51;
    /** account summary. */
    public static final int ACCOUNT_SUMMARY = 63;
    /** account summary end. */
    public static final int ACCOUNT_SUMMARY_END = 64;
    /** option chain parameters. */
    public static final int SECURITY_DEFINITION_OPTION_PARAMETER = 75;
    /** option chain parameters end. */
    public static final int SECURITY_DEFINITION_OPTION_PARAMETER_END = 76;
    /** matching symbols. */
    public static final int SYMBOL_SAMPLES = 79;
    /** head time stamp. */
    public static final int HEAD_TIMESTAMP = 88;
    /** market rule. */
    public static final int MARKET_RULE = 93;
    /** PnL. */
    public static final int PNL = 94;
    /** PnL of one position. */
    public static final int PNL_SINGLE = 95;
    /** historical midpoint ticks. */
    public static final int HISTORICAL_TICKS = 96;
    /** historical bid/ask ticks. */
    public static final int HISTORICAL_TICKS_BID_ASK = 97;
    /** historical trade ticks. */
    public static final int HISTORICAL_TICKS_LAST = 98;
    /** tick-by-tick. */
    public static final int TICK_BY_TICK = 99;

    private ServerMsgId() {
    }

    /** @return the constant's name for {@code id}, or {@code MSG_<id>} for ids we do not handle */
    public static String name(int id) {
        switch (id) {
            case TICK_PRICE: return "TICK_PRICE";
            case TICK_SIZE: return "TICK_SIZE";
            case ORDER_STATUS: return "ORDER_STATUS";
            case ERROR: return "ERROR";
            case OPEN_ORDER: return "OPEN_ORDER";
            case ACCOUNT_VALUE: return "ACCOUNT_VALUE";
            case PORTFOLIO_VALUE: return "PORTFOLIO_VALUE";
            case ACCOUNT_UPDATE_TIME: return "ACCOUNT_UPDATE_TIME";
            case NEXT_VALID_ID: return "NEXT_VALID_ID";
            case CONTRACT_DATA: return "CONTRACT_DATA";
            case EXECUTION_DATA: return "EXECUTION_DATA";
            case MANAGED_ACCOUNTS: return "MANAGED_ACCOUNTS";
            case HISTORICAL_DATA: return "HISTORICAL_DATA";
            case TICK_GENERIC: return "TICK_GENERIC";
            case TICK_STRING: return "TICK_STRING";
            case CURRENT_TIME: return "CURRENT_TIME";
            case REAL_TIME_BARS: return "REAL_TIME_BARS";
            case CONTRACT_DATA_END: return "CONTRACT_DATA_END";
            case OPEN_ORDER_END: return "OPEN_ORDER_END";
            case ACCOUNT_DOWNLOAD_END: return "ACCOUNT_DOWNLOAD_END";
            case EXECUTION_DATA_END: return "EXECUTION_DATA_END";
            case TICK_SNAPSHOT_END: return "TICK_SNAPSHOT_END";
            case MARKET_DATA_TYPE: return "MARKET_DATA_TYPE";
            case COMMISSION_REPORT: return "COMMISSION_REPORT";
            case POSITION: return "POSITION";
            case POSITION_END: return "POSITION_END";
            case ACCOUNT_UPDATE_MULTI: return "ACCOUNT_UPDATE_MULTI";
            case ACCOUNT_UPDATE_MULTI_END: return "ACCOUNT_UPDATE_MULTI_END";
            case TICK_REQ_PARAMS: return "TICK_REQ_PARAMS";
            case HISTORICAL_DATA_UPDATE: return "HISTORICAL_DATA_UPDATE";
            case COMPLETED_ORDER: return "COMPLETED_ORDER";
            case COMPLETED_ORDERS_END: return "COMPLETED_ORDERS_END";
            case MARKET_DEPTH: return "MARKET_DEPTH";
            case MARKET_DEPTH_L2: return "MARKET_DEPTH_L2";
            case FUNDAMENTAL_DATA: return "FUNDAMENTAL_DATA";
            case ACCOUNT_SUMMARY: return "ACCOUNT_SUMMARY";
            case ACCOUNT_SUMMARY_END: return "ACCOUNT_SUMMARY_END";
            case SECURITY_DEFINITION_OPTION_PARAMETER: return "SECURITY_DEFINITION_OPTION_PARAMETER";
            case SECURITY_DEFINITION_OPTION_PARAMETER_END: return "SECURITY_DEFINITION_OPTION_PARAMETER_END";
            case SYMBOL_SAMPLES: return "SYMBOL_SAMPLES";
            case HEAD_TIMESTAMP: return "HEAD_TIMESTAMP";
            case MARKET_RULE: return "MARKET_RULE";
            case PNL: return "PNL";
            case PNL_SINGLE: return "PNL_SINGLE";
            case HISTORICAL_TICKS: return "HISTORICAL_TICKS";
            case HISTORICAL_TICKS_BID_ASK: return "HISTORICAL_TICKS_BID_ASK";
            case HISTORICAL_TICKS_LAST: return "HISTORICAL_TICKS_LAST";
            case TICK_BY_TICK: return "TICK_BY_TICK";
            default: return "MSG_" + id;
        }
    }
}
