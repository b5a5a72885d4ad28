package org.bt4j.ib.wire;

/**
 * Ids of the messages a client sends to TWS (the first field of every client message) that bt4j encodes and the gateway decodes.
 *
 * <p>Threading: constants only.
 */
public final class ClientMsgId {

    /** req mkt data. */
    public static final int REQ_MKT_DATA = 1;
    /** cancel mkt data. */
    public static final int CANCEL_MKT_DATA = 2;
    /** place order. */
    public static final int PLACE_ORDER = 3;
    /** cancel order. */
    public static final int CANCEL_ORDER = 4;
    /** req open orders. */
    public static final int REQ_OPEN_ORDERS = 5;
    /** req account updates. */
    public static final int REQ_ACCOUNT_UPDATES = 6;
    /** req executions. */
    public static final int REQ_EXECUTIONS = 7;
    /** req ids. */
    public static final int REQ_IDS = 8;
    /** req contract data. */
    public static final int REQ_CONTRACT_DATA = 9;
    /** req auto open orders. */
    public static final int REQ_AUTO_OPEN_ORDERS = 15;
    /** req all open orders. */
    public static final int REQ_ALL_OPEN_ORDERS = 16;
    /** req managed accts. */
    public static final int REQ_MANAGED_ACCTS = 17;
    /** req historical data. */
    public static final int REQ_HISTORICAL_DATA = 20;
    /** cancel historical data. */
    public static final int CANCEL_HISTORICAL_DATA = 25;
    /** req current time. */
    public static final int REQ_CURRENT_TIME = 49;
    /** req real time bars. */
    public static final int REQ_REAL_TIME_BARS = 50;
    /** cancel real time bars. */
    public static final int CANCEL_REAL_TIME_BARS = 51;
    /** req global cancel. */
    public static final int REQ_GLOBAL_CANCEL = 58;
    /** req market data type. */
    public static final int REQ_MARKET_DATA_TYPE = 59;
    /** req positions. */
    public static final int REQ_POSITIONS = 61;
    /** cancel positions. */
    public static final int CANCEL_POSITIONS = 64;
    /** start api. */
    public static final int START_API = 71;
    /** req account updates multi. */
    public static final int REQ_ACCOUNT_UPDATES_MULTI = 76;
    /** cancel account updates multi. */
    public static final int CANCEL_ACCOUNT_UPDATES_MULTI = 77;
    /** req completed orders. */
    public static final int REQ_COMPLETED_ORDERS = 99;

    /** req market depth. */
    public static final int REQ_MKT_DEPTH = 10;
    /** cancel market depth. */
    public static final int CANCEL_MKT_DEPTH = 11;
    /** req fundamental data. */
    public static final int REQ_FUNDAMENTAL_DATA = 52;
    /** cancel fundamental data. */
    public static final int CANCEL_FUNDAMENTAL_DATA = 53;
    /** req account summary. */
    public static final int REQ_ACCOUNT_SUMMARY = 62;
    /** cancel account summary. */
    public static final int CANCEL_ACCOUNT_SUMMARY = 63;
    /** req option chain parameters. */
    public static final int REQ_SEC_DEF_OPT_PARAMS = 78;
    /** req matching symbols. */
    public static final int REQ_MATCHING_SYMBOLS = 81;
    /** req head time stamp. */
    public static final int REQ_HEAD_TIMESTAMP = 87;
    /** cancel head time stamp. */
    public static final int CANCEL_HEAD_TIMESTAMP = 90;
    /** req market rule. */
    public static final int REQ_MARKET_RULE = 91;
    /** req PnL. */
    public static final int REQ_PNL = 92;
    /** cancel PnL. */
    public static final int CANCEL_PNL = 93;
    /** req PnL of one position. */
    public static final int REQ_PNL_SINGLE = 94;
    /** cancel PnL single. */
    public static final int CANCEL_PNL_SINGLE = 95;
    /** req historical ticks. */
    public static final int REQ_HISTORICAL_TICKS = 96;
    /** req tick-by-tick data. */
    public static final int REQ_TICK_BY_TICK_DATA = 97;
    /** cancel tick-by-tick data. */
    public static final int CANCEL_TICK_BY_TICK_DATA = 98;

    private ClientMsgId() {
    }

    /** @return the constant's name for {@code id}, or {@code MSG_<id>} for ids we do not handle */
    public static String name(int id) {
        switch (id) {
            case REQ_MKT_DATA: return "REQ_MKT_DATA";
            case CANCEL_MKT_DATA: return "CANCEL_MKT_DATA";
            case PLACE_ORDER: return "PLACE_ORDER";
            case CANCEL_ORDER: return "CANCEL_ORDER";
            case REQ_OPEN_ORDERS: return "REQ_OPEN_ORDERS";
            case REQ_ACCOUNT_UPDATES: return "REQ_ACCOUNT_UPDATES";
            case REQ_EXECUTIONS: return "REQ_EXECUTIONS";
            case REQ_IDS: return "REQ_IDS";
            case REQ_CONTRACT_DATA: return "REQ_CONTRACT_DATA";
            case REQ_AUTO_OPEN_ORDERS: return "REQ_AUTO_OPEN_ORDERS";
            case REQ_ALL_OPEN_ORDERS: return "REQ_ALL_OPEN_ORDERS";
            case REQ_MANAGED_ACCTS: return "REQ_MANAGED_ACCTS";
            case REQ_HISTORICAL_DATA: return "REQ_HISTORICAL_DATA";
            case CANCEL_HISTORICAL_DATA: return "CANCEL_HISTORICAL_DATA";
            case REQ_CURRENT_TIME: return "REQ_CURRENT_TIME";
            case REQ_REAL_TIME_BARS: return "REQ_REAL_TIME_BARS";
            case CANCEL_REAL_TIME_BARS: return "CANCEL_REAL_TIME_BARS";
            case REQ_GLOBAL_CANCEL: return "REQ_GLOBAL_CANCEL";
            case REQ_MARKET_DATA_TYPE: return "REQ_MARKET_DATA_TYPE";
            case REQ_POSITIONS: return "REQ_POSITIONS";
            case CANCEL_POSITIONS: return "CANCEL_POSITIONS";
            case START_API: return "START_API";
            case REQ_ACCOUNT_UPDATES_MULTI: return "REQ_ACCOUNT_UPDATES_MULTI";
            case CANCEL_ACCOUNT_UPDATES_MULTI: return "CANCEL_ACCOUNT_UPDATES_MULTI";
            case REQ_COMPLETED_ORDERS: return "REQ_COMPLETED_ORDERS";
            case REQ_MKT_DEPTH: return "REQ_MKT_DEPTH";
            case CANCEL_MKT_DEPTH: return "CANCEL_MKT_DEPTH";
            case REQ_FUNDAMENTAL_DATA: return "REQ_FUNDAMENTAL_DATA";
            case CANCEL_FUNDAMENTAL_DATA: return "CANCEL_FUNDAMENTAL_DATA";
            case REQ_ACCOUNT_SUMMARY: return "REQ_ACCOUNT_SUMMARY";
            case CANCEL_ACCOUNT_SUMMARY: return "CANCEL_ACCOUNT_SUMMARY";
            case REQ_SEC_DEF_OPT_PARAMS: return "REQ_SEC_DEF_OPT_PARAMS";
            case REQ_MATCHING_SYMBOLS: return "REQ_MATCHING_SYMBOLS";
            case REQ_HEAD_TIMESTAMP: return "REQ_HEAD_TIMESTAMP";
            case CANCEL_HEAD_TIMESTAMP: return "CANCEL_HEAD_TIMESTAMP";
            case REQ_MARKET_RULE: return "REQ_MARKET_RULE";
            case REQ_PNL: return "REQ_PNL";
            case CANCEL_PNL: return "CANCEL_PNL";
            case REQ_PNL_SINGLE: return "REQ_PNL_SINGLE";
            case CANCEL_PNL_SINGLE: return "CANCEL_PNL_SINGLE";
            case REQ_HISTORICAL_TICKS: return "REQ_HISTORICAL_TICKS";
            case REQ_TICK_BY_TICK_DATA: return "REQ_TICK_BY_TICK_DATA";
            case CANCEL_TICK_BY_TICK_DATA: return "CANCEL_TICK_BY_TICK_DATA";
            default: return "MSG_" + id;
        }
    }
}
