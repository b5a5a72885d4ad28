package org.bt4j.ib.wire;

/**
 * A message a client sends to TWS (or our gateway): one record per request, each able to write
 * itself at a negotiated server version and to be read back by {@link #read(FieldReader, int)}
 * on the server side. Each field is written exactly when the negotiated version reaches its gate in
 * {@link ServerVersion}, as IB's own client does, at every framed version 100..187; doubles are
 * written in IB's client's notation ({@link FieldWriter#putRequestDouble}).
 * Below {@link ServerVersion#MIN_FRAMED} the layouts are those of the legacy protocol (IbPy's, TWS
 * 9.x): there every message keeps its version field and only the requests listed here are understood,
 * because an un-framed message's end is known only from its layout (see {@link UnframedReader}).
 *
 * <p>Threading: all implementations are immutable records.
 */
public sealed interface ClientMessage {

    /** @return the message id (first field), see {@link ClientMsgId} */
    int id();

    /** Writes every field of this message, message id first. */
    void write(FieldWriter w, int serverVersion);

    /**
     * Reads one client message (the gateway side). Unknown ids come back as {@link Unhandled}.
     *
     * @throws WireFormatException if a field is missing or malformed
     */
    static ClientMessage read(FieldReader r, int serverVersion) {
        int id = r.readMessageId();
        if (serverVersion < ServerVersion.MIN_FRAMED && id > ServerMsgId.LAST_LEGACY) {
            throw new WireFormatException("message " + id + " does not exist in the legacy (pre-v100) protocol");
        }
        switch (id) {
            case ClientMsgId.START_API: {
                r.readInt();
                int clientId = r.readInt();
                return new StartApi(clientId, r.hasMore() ? r.readString() : "");
            }
            case ClientMsgId.REQ_CURRENT_TIME: version(r, serverVersion); return new ReqCurrentTime();
            case ClientMsgId.REQ_IDS: r.readInt(); return new ReqIds(r.readInt());
            case ClientMsgId.REQ_MANAGED_ACCTS: version(r, serverVersion); return new ReqManagedAccts();
            case ClientMsgId.REQ_CONTRACT_DATA: {
                r.readInt();
                int reqId = r.readInt();
                // a legacy client sends no primary exchange here
                Contract c = Contract.readBlock(r, serverVersion >= ServerVersion.MIN_FRAMED);
                boolean includeExpired = r.readBool();
                c = new Contract(c.conId(), c.symbol(), c.secType(), c.lastTradeDateOrContractMonth(), c.strike(),
                        c.right(), c.multiplier(), c.exchange(), c.primaryExchange(), c.currency(), c.localSymbol(),
                        c.tradingClass(), r.readString(), r.readString());
                String issuerId = serverVersion >= ServerVersion.BOND_ISSUERID && r.hasMore() ? r.readString() : "";
                return new ReqContractDetails(reqId, c, includeExpired, issuerId);
            }
            case ClientMsgId.REQ_MKT_DATA: {
                r.readInt();
                int tickerId = r.readInt();
                Contract c = Contract.readBlock(r);
                skipComboLegs(r, c);
                if (r.readBool()) {
                    r.skip(3);
                }
                String ticks = r.readString();
                boolean snapshot = r.readBool();
                boolean regulatory = serverVersion >= ServerVersion.REQ_SMART_COMPONENTS && r.readBool();
                r.skipOptional(1); // mktDataOptions
                return new ReqMktData(tickerId, c, ticks, snapshot, regulatory);
            }
            case ClientMsgId.CANCEL_MKT_DATA: r.readInt(); return new CancelMktData(r.readInt());
            case ClientMsgId.REQ_MARKET_DATA_TYPE: r.readInt(); return new ReqMarketDataType(r.readInt());
            case ClientMsgId.REQ_REAL_TIME_BARS: {
                r.readInt();
                int tickerId = r.readInt();
                Contract c = Contract.readBlock(r);
                int barSize = r.readInt();
                String what = r.readString();
                boolean rth = r.readBool();
                if (serverVersion >= ServerVersion.MIN_FRAMED) {
                    r.skipOptional(1); // realTimeBarsOptions
                }
                return new ReqRealTimeBars(tickerId, c, barSize, what, rth);
            }
            case ClientMsgId.CANCEL_REAL_TIME_BARS: r.readInt(); return new CancelRealTimeBars(r.readInt());
            case ClientMsgId.REQ_HISTORICAL_DATA: {
                if (serverVersion < ServerVersion.SYNT_REALTIME_BARS) {
                    r.readInt();
                }
                int reqId = r.readInt();
                Contract c = Contract.readBlock(r);
                boolean includeExpired = r.readBool();
                String end = r.readString();
                String barSize = r.readString();
                String duration = r.readString();
                boolean rth = r.readBool();
                String what = r.readString();
                int formatDate = r.readInt();
                skipComboLegs(r, c);
                boolean keepUpToDate = serverVersion >= ServerVersion.SYNT_REALTIME_BARS && r.hasMore() && r.readBool();
                r.skipOptional(1); // chartOptions
                return new ReqHistoricalData(reqId, c, includeExpired, end, barSize, duration, rth, what, formatDate,
                        keepUpToDate);
            }
            case ClientMsgId.CANCEL_HISTORICAL_DATA: r.readInt(); return new CancelHistoricalData(r.readInt());
            case ClientMsgId.PLACE_ORDER: return OrderCodec.readPlaceOrder(r, serverVersion);
            case ClientMsgId.CANCEL_ORDER: {
                r.readInt();
                int orderId = r.readInt();
                boolean manualTime = serverVersion >= ServerVersion.MANUAL_ORDER_TIME && r.hasMore();
                CancelOrder m = new CancelOrder(orderId, manualTime ? r.readString() : "");
                r.skipOptional(3); // extOperator, externalUserId, manualOrderIndicator (187)
                return m;
            }
            case ClientMsgId.REQ_GLOBAL_CANCEL: version(r, serverVersion); return new ReqGlobalCancel();
            case ClientMsgId.REQ_OPEN_ORDERS: version(r, serverVersion); return new ReqOpenOrders();
            case ClientMsgId.REQ_ALL_OPEN_ORDERS: version(r, serverVersion); return new ReqAllOpenOrders();
            case ClientMsgId.REQ_AUTO_OPEN_ORDERS: r.readInt(); return new ReqAutoOpenOrders(r.readBool());
            case ClientMsgId.REQ_COMPLETED_ORDERS: return new ReqCompletedOrders(r.readBool());
            case ClientMsgId.REQ_ACCOUNT_UPDATES: {
                r.readInt();
                boolean subscribe = r.readBool();
                return new ReqAccountUpdates(subscribe, r.readString());
            }
            case ClientMsgId.REQ_ACCOUNT_UPDATES_MULTI: {
                r.readInt();
                int reqId = r.readInt();
                String account = r.readString();
                String modelCode = r.readString();
                return new ReqAccountUpdatesMulti(reqId, account, modelCode, r.readBool());
            }
            case ClientMsgId.CANCEL_ACCOUNT_UPDATES_MULTI: r.readInt(); return new CancelAccountUpdatesMulti(r.readInt());
            case ClientMsgId.REQ_POSITIONS: version(r, serverVersion); return new ReqPositions();
            case ClientMsgId.CANCEL_POSITIONS: version(r, serverVersion); return new CancelPositions();
            case ClientMsgId.REQ_EXECUTIONS: {
                r.readInt();
                int reqId = r.readInt();
                return new ReqExecutions(reqId, new ExecutionFilter(r.readInt(), r.readString(), r.readString(),
                        r.readString(), r.readString(), r.readString(), r.readString()));
            }
            default: {
                if (serverVersion < ServerVersion.MIN_FRAMED) {
                    throw new WireFormatException("message " + id
                            + " of the legacy (pre-v100) protocol is not supported");
                }
                ClientMessage reference = readReferenceRequest(id, r, serverVersion);
                if (reference != null) {
                    return reference;
                }
                java.util.List<String> rest = new java.util.ArrayList<>();
                while (r.hasMore()) {
                    rest.add(r.readString());
                }
                return new Unhandled(id, rest);
            }
        }
    }

    /** The version field of a request that has only one: read below 100 (it ends nothing there), else optional. */
    private static void version(FieldReader r, int v) {
        if (v < ServerVersion.MIN_FRAMED) {
            r.readInt();
        } else {
            r.skipOptional(1);
        }
    }

    private static void skipComboLegs(FieldReader r, Contract c) {
        if ("BAG".equals(c.secType())) {
            int legs = r.readInt();
            r.skip(4 * legs);
        }
    }

    private static void writeComboLegs(FieldWriter w, Contract c) {
        if ("BAG".equals(c.secType())) {
            w.putInt(0);
        }
    }

    /** START_API {@code 71|2|clientId|optionalCapabilities}. */
    record StartApi(int clientId, String optionalCapabilities) implements ClientMessage {
        @Override public int id() { return ClientMsgId.START_API; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(2).putInt(clientId).putString(optionalCapabilities);
        }
    }

    /** reqCurrentTime {@code 49|1}. */
    record ReqCurrentTime() implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_CURRENT_TIME; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** reqIds {@code 8|1|numIds}; answered by nextValidId. */
    record ReqIds(int numIds) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_IDS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(numIds); }
    }

    /** reqManagedAccts {@code 17|1}. */
    record ReqManagedAccts() implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_MANAGED_ACCTS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** reqContractDetails (19 fields at 187; issuerId from 176); the contract's secIdType/secId are sent after includeExpired. */
    record ReqContractDetails(int reqId, Contract contract, boolean includeExpired, String issuerId)
            implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_CONTRACT_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(8).putInt(reqId);
            contract.writeBlock(w);
            w.putBool(includeExpired).putString(contract.secIdType()).putString(contract.secId());
            if (v >= ServerVersion.BOND_ISSUERID) {
                w.putString(issuerId);
            }
        }
    }

    /** reqMktData (20 fields; regulatorySnapshot from 114): generic tick list (e.g. {@code 233} = RTVolume), snapshot flags. */
    record ReqMktData(int tickerId, Contract contract, String genericTickList, boolean snapshot,
                      boolean regulatorySnapshot) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_MKT_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(11).putInt(tickerId);
            contract.writeBlock(w);
            writeComboLegs(w, contract);
            w.putBool(false).putString(genericTickList).putBool(snapshot);
            if (v >= ServerVersion.REQ_SMART_COMPONENTS) {
                w.putBool(regulatorySnapshot);
            }
            w.putEmpty(); // mktDataOptions
        }
    }

    /** cancelMktData {@code 2|2|tickerId}. */
    record CancelMktData(int tickerId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_MKT_DATA; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(2).putInt(tickerId); }
    }

    /** reqMarketDataType {@code 59|1|type}: 1 live, 2 frozen, 3 delayed, 4 delayed-frozen. */
    record ReqMarketDataType(int marketDataType) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_MARKET_DATA_TYPE; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(marketDataType); }
    }

    /** reqRealTimeBars (19 fields): 5-second bars of TRADES, MIDPOINT, BID or ASK. */
    record ReqRealTimeBars(int tickerId, Contract contract, int barSize, String whatToShow, boolean useRth)
            implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_REAL_TIME_BARS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(3).putInt(tickerId);
            contract.writeBlock(w);
            w.putInt(barSize).putString(whatToShow).putBool(useRth).putEmpty();
        }
    }

    /** cancelRealTimeBars {@code 51|1|tickerId}. */
    record CancelRealTimeBars(int tickerId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_REAL_TIME_BARS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(tickerId); }
    }

    /**
     * reqHistoricalData (23 fields at 187; a version field and no keepUpToDate before 124). Note the wire order: bar size before duration.
     * {@code endDateTime} is {@code yyyyMMdd HH:mm:ss zone}, {@code yyyyMMdd-HH:mm:ss} (UTC) or
     * empty (now; required with keepUpToDate).
     */
    record ReqHistoricalData(int reqId, Contract contract, boolean includeExpired, String endDateTime,
                             String barSizeSetting, String durationStr, boolean useRth, String whatToShow,
                             int formatDate, boolean keepUpToDate) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_HISTORICAL_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id());
            if (v < ServerVersion.SYNT_REALTIME_BARS) {
                w.putInt(6);
            }
            w.putInt(reqId);
            contract.writeBlock(w);
            w.putBool(includeExpired).putString(endDateTime).putString(barSizeSetting).putString(durationStr)
                    .putBool(useRth).putString(whatToShow).putInt(formatDate);
            writeComboLegs(w, contract);
            if (v >= ServerVersion.SYNT_REALTIME_BARS) {
                w.putBool(keepUpToDate);
            }
            w.putEmpty(); // chartOptions
        }
    }

    /** cancelHistoricalData {@code 25|1|reqId}. */
    record CancelHistoricalData(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_HISTORICAL_DATA; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** placeOrder (118 fields at 187 for a plain order); resending an existing id modifies the order. */
    record PlaceOrder(int orderId, Contract contract, Order order) implements ClientMessage {
        @Override public int id() { return ClientMsgId.PLACE_ORDER; }
        @Override public void write(FieldWriter w, int v) { OrderCodec.writePlaceOrder(w, v, this); }
    }

    /** cancelOrder {@code 4|1|orderId|manualOrderCancelTime} (the time from 169; +3 RFQ placeholders from 187). */
    record CancelOrder(int orderId, String manualOrderCancelTime) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_ORDER; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(orderId);
            if (v >= ServerVersion.MANUAL_ORDER_TIME) {
                w.putString(manualOrderCancelTime);
            }
            if (v >= ServerVersion.RFQ_FIELDS) {
                w.putEmpty().putEmpty().putInt(Wire.UNSET_INTEGER);
            }
        }
    }

    /** reqGlobalCancel {@code 58|1}. */
    record ReqGlobalCancel() implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_GLOBAL_CANCEL; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** reqOpenOrders {@code 5|1}: this client's working orders, then openOrderEnd. */
    record ReqOpenOrders() implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_OPEN_ORDERS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** reqAllOpenOrders {@code 16|1}: every API and TWS order, once. */
    record ReqAllOpenOrders() implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_ALL_OPEN_ORDERS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** reqAutoOpenOrders {@code 15|1|autoBind} (clientId 0 only). */
    record ReqAutoOpenOrders(boolean autoBind) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_AUTO_OPEN_ORDERS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putBool(autoBind); }
    }

    /** reqCompletedOrders {@code 99|apiOnly}. */
    record ReqCompletedOrders(boolean apiOnly) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_COMPLETED_ORDERS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putBool(apiOnly); }
    }

    /** reqAccountUpdates {@code 6|2|subscribe|acctCode}. */
    record ReqAccountUpdates(boolean subscribe, String acctCode) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_ACCOUNT_UPDATES; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(2).putBool(subscribe).putString(acctCode);
        }
    }

    /** reqAccountUpdatesMulti {@code 76|1|reqId|account|modelCode|ledgerAndNLV}. */
    record ReqAccountUpdatesMulti(int reqId, String account, String modelCode, boolean ledgerAndNlv)
            implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_ACCOUNT_UPDATES_MULTI; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(reqId).putString(account).putString(modelCode).putBool(ledgerAndNlv);
        }
    }

    /** cancelAccountUpdatesMulti {@code 77|1|reqId}. */
    record CancelAccountUpdatesMulti(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_ACCOUNT_UPDATES_MULTI; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** reqPositions {@code 61|1}: all positions, then positionEnd, then updates until cancelled. */
    record ReqPositions() implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_POSITIONS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** cancelPositions {@code 64|1}. */
    record CancelPositions() implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_POSITIONS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** reqExecutions (10 fields): today's executions matching the filter, then execDetailsEnd. */
    record ReqExecutions(int reqId, ExecutionFilter filter) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_EXECUTIONS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(3).putInt(reqId).putInt(filter.clientId()).putString(filter.acctCode())
                    .putString(filter.time()).putString(filter.symbol()).putString(filter.secType())
                    .putString(filter.exchange()).putString(filter.side());
        }
    }

    /** Any other client message, kept as raw fields after the id (the gateway answers or ignores it). */
    record Unhandled(int id, java.util.List<String> fields) implements ClientMessage {
        /** Copies the field list. */
        public Unhandled {
            fields = java.util.List.copyOf(fields);
        }

        @Override public void write(FieldWriter w, int v) {
            w.putInt(id);
            for (String f : fields) {
                w.putString(f);
            }
        }
    }

    // ---------------------------------------------------------------- account, reference data, depth and ticks

    /**
     * Reads the requests of this block (framed versions only), or returns null for any other id.
     * Each layout is IB's client's at 100..187.
     */
    private static ClientMessage readReferenceRequest(int id, FieldReader r, int v) {
        switch (id) {
            case ClientMsgId.REQ_ACCOUNT_SUMMARY: {
                r.readInt();
                int reqId = r.readInt();
                String group = r.readString();
                return new ReqAccountSummary(reqId, group, r.readString());
            }
            case ClientMsgId.CANCEL_ACCOUNT_SUMMARY: r.readInt(); return new CancelAccountSummary(r.readInt());
            case ClientMsgId.REQ_PNL: {
                int reqId = r.readInt();
                String account = r.readString();
                return new ReqPnL(reqId, account, r.readString());
            }
            case ClientMsgId.CANCEL_PNL: return new CancelPnL(r.readInt());
            case ClientMsgId.REQ_PNL_SINGLE: {
                int reqId = r.readInt();
                String account = r.readString();
                String model = r.readString();
                return new ReqPnLSingle(reqId, account, model, r.readInt());
            }
            case ClientMsgId.CANCEL_PNL_SINGLE: return new CancelPnLSingle(r.readInt());
            case ClientMsgId.REQ_SEC_DEF_OPT_PARAMS: {
                int reqId = r.readInt();
                String symbol = r.readString();
                String futFopExchange = r.readString();
                String secType = r.readString();
                return new ReqSecDefOptParams(reqId, symbol, futFopExchange, secType, r.readInt());
            }
            case ClientMsgId.REQ_MATCHING_SYMBOLS: {
                int reqId = r.readInt();
                return new ReqMatchingSymbols(reqId, r.readString());
            }
            case ClientMsgId.REQ_HEAD_TIMESTAMP: {
                int reqId = r.readInt();
                Contract c = Contract.readBlock(r);
                boolean includeExpired = r.readBool();
                boolean rth = r.readBool();
                String what = r.readString();
                return new ReqHeadTimestamp(reqId, c, includeExpired, rth, what, r.readInt());
            }
            case ClientMsgId.CANCEL_HEAD_TIMESTAMP: return new CancelHeadTimestamp(r.readInt());
            case ClientMsgId.REQ_MARKET_RULE: return new ReqMarketRule(r.readInt());
            case ClientMsgId.REQ_MKT_DEPTH: {
                r.readInt();
                int tickerId = r.readInt();
                Contract c = Contract.readBlock(r, v >= ServerVersion.MKT_DEPTH_PRIM_EXCHANGE);
                int rows = r.readInt();
                boolean smart = v >= ServerVersion.SMART_DEPTH && r.readBool();
                r.skipOptional(1); // mktDepthOptions
                return new ReqMktDepth(tickerId, c, rows, smart);
            }
            case ClientMsgId.CANCEL_MKT_DEPTH: {
                r.readInt();
                int tickerId = r.readInt();
                return new CancelMktDepth(tickerId, v >= ServerVersion.SMART_DEPTH && r.hasMore() && r.readBool());
            }
            case ClientMsgId.REQ_HISTORICAL_TICKS: {
                int reqId = r.readInt();
                Contract c = Contract.readBlock(r);
                boolean includeExpired = r.readBool();
                String start = r.readString();
                String end = r.readString();
                int n = r.readInt();
                String what = r.readString();
                boolean rth = r.readBool();
                boolean ignoreSize = r.readBool();
                r.skipOptional(1); // miscOptions
                return new ReqHistoricalTicks(reqId, c, includeExpired, start, end, n, what, rth, ignoreSize);
            }
            case ClientMsgId.REQ_TICK_BY_TICK_DATA: {
                int reqId = r.readInt();
                Contract c = Contract.readBlock(r);
                String type = r.readString();
                boolean sized = v >= ServerVersion.TICK_BY_TICK_IGNORE_SIZE;
                int n = sized ? r.readInt() : 0;
                return new ReqTickByTickData(reqId, c, type, n, sized && r.readBool());
            }
            case ClientMsgId.CANCEL_TICK_BY_TICK_DATA: return new CancelTickByTickData(r.readInt());
            case ClientMsgId.REQ_FUNDAMENTAL_DATA: {
                r.readInt();
                int reqId = r.readInt();
                Contract c = new Contract(r.readInt(), r.readString(), r.readString(), "", 0, "", "", r.readString(),
                        r.readString(), r.readString(), r.readString(), "", "", "");
                String report = r.readString();
                r.skipOptional(2); // tag-value count and options
                return new ReqFundamentalData(reqId, c, report);
            }
            case ClientMsgId.CANCEL_FUNDAMENTAL_DATA: r.readInt(); return new CancelFundamentalData(r.readInt());
            default: return null;
        }
    }

    /** reqAccountSummary {@code 62|1|reqId|group|tags}: the tags' values per account, then accountSummaryEnd. */
    record ReqAccountSummary(int reqId, String group, String tags) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_ACCOUNT_SUMMARY; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(reqId).putString(group).putString(tags);
        }
    }

    /** cancelAccountSummary {@code 63|1|reqId}. */
    record CancelAccountSummary(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_ACCOUNT_SUMMARY; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** reqPnL {@code 92|reqId|account|modelCode} (no version): the account's daily, unrealized, realized PnL. */
    record ReqPnL(int reqId, String account, String modelCode) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_PNL; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putString(account).putString(modelCode);
        }
    }

    /** cancelPnL {@code 93|reqId}. */
    record CancelPnL(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_PNL; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId); }
    }

    /** reqPnLSingle {@code 94|reqId|account|modelCode|conId}: one position's PnL. */
    record ReqPnLSingle(int reqId, String account, String modelCode, int conId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_PNL_SINGLE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putString(account).putString(modelCode).putInt(conId);
        }
    }

    /** cancelPnLSingle {@code 95|reqId}. */
    record CancelPnLSingle(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_PNL_SINGLE; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId); }
    }

    /** reqSecDefOptParams {@code 78|reqId|underlyingSymbol|futFopExchange|underlyingSecType|underlyingConId}. */
    record ReqSecDefOptParams(int reqId, String underlyingSymbol, String futFopExchange, String underlyingSecType,
                              int underlyingConId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_SEC_DEF_OPT_PARAMS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putString(underlyingSymbol).putString(futFopExchange)
                    .putString(underlyingSecType).putInt(underlyingConId);
        }
    }

    /** reqMatchingSymbols {@code 81|reqId|pattern}. */
    record ReqMatchingSymbols(int reqId, String pattern) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_MATCHING_SYMBOLS; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId).putString(pattern); }
    }

    /** reqHeadTimeStamp {@code 87|reqId|contract(12)|includeExpired|useRTH|whatToShow|formatDate}. */
    record ReqHeadTimestamp(int reqId, Contract contract, boolean includeExpired, boolean rth, String whatToShow,
                            int formatDate) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_HEAD_TIMESTAMP; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId);
            contract.writeBlock(w);
            w.putBool(includeExpired).putBool(rth).putString(whatToShow).putInt(formatDate);
        }
    }

    /** cancelHeadTimeStamp {@code 90|reqId}. */
    record CancelHeadTimestamp(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_HEAD_TIMESTAMP; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId); }
    }

    /** reqMarketRule {@code 91|marketRuleId}: the price increments of a rule listed in contract details. */
    record ReqMarketRule(int marketRuleId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_MARKET_RULE; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(marketRuleId); }
    }

    /**
     * reqMktDepth {@code 10|5|tickerId|contract(12, no primaryExchange below 149)|numRows|isSmartDepth(146)|options}.
     */
    record ReqMktDepth(int tickerId, Contract contract, int numRows, boolean smartDepth) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_MKT_DEPTH; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(5).putInt(tickerId).putInt(contract.conId()).putString(contract.symbol())
                    .putString(contract.secType()).putString(contract.lastTradeDateOrContractMonth())
                    .putRequestDouble(contract.strike()).putString(contract.right()).putString(contract.multiplier())
                    .putString(contract.exchange());
            if (v >= ServerVersion.MKT_DEPTH_PRIM_EXCHANGE) {
                w.putString(contract.primaryExchange());
            }
            w.putString(contract.currency()).putString(contract.localSymbol()).putString(contract.tradingClass())
                    .putInt(numRows);
            if (v >= ServerVersion.SMART_DEPTH) {
                w.putBool(smartDepth);
            }
            w.putEmpty();
        }
    }

    /** cancelMktDepth {@code 11|1|tickerId|isSmartDepth(146)}. */
    record CancelMktDepth(int tickerId, boolean smartDepth) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_MKT_DEPTH; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(tickerId);
            if (v >= ServerVersion.SMART_DEPTH) {
                w.putBool(smartDepth);
            }
        }
    }

    /**
     * reqHistoricalTicks {@code 96|reqId|contract(12)|includeExpired|start|end|numberOfTicks|whatToShow|useRth|
     * ignoreSize|miscOptions}.
     */
    record ReqHistoricalTicks(int reqId, Contract contract, boolean includeExpired, String start, String end,
                              int numberOfTicks, String whatToShow, boolean rth, boolean ignoreSize)
            implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_HISTORICAL_TICKS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId);
            contract.writeBlock(w);
            w.putBool(includeExpired).putString(start).putString(end).putInt(numberOfTicks).putString(whatToShow)
                    .putBool(rth).putBool(ignoreSize).putEmpty();
        }
    }

    /** reqTickByTickData {@code 97|reqId|contract(12)|tickType|numberOfTicks(140)|ignoreSize(140)}. */
    record ReqTickByTickData(int reqId, Contract contract, String tickType, int numberOfTicks, boolean ignoreSize)
            implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_TICK_BY_TICK_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId);
            contract.writeBlock(w);
            w.putString(tickType);
            if (v >= ServerVersion.TICK_BY_TICK_IGNORE_SIZE) {
                w.putInt(numberOfTicks).putBool(ignoreSize);
            }
        }
    }

    /** cancelTickByTickData {@code 98|reqId}. */
    record CancelTickByTickData(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_TICK_BY_TICK_DATA; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId); }
    }

    /**
     * reqFundamentalData {@code 52|2|reqId|conId|symbol|secType|exchange|primaryExchange|currency|localSymbol|
     * reportType|tagValueCount|options}.
     */
    record ReqFundamentalData(int reqId, Contract contract, String reportType) implements ClientMessage {
        @Override public int id() { return ClientMsgId.REQ_FUNDAMENTAL_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(2).putInt(reqId).putInt(contract.conId()).putString(contract.symbol())
                    .putString(contract.secType()).putString(contract.exchange()).putString(contract.primaryExchange())
                    .putString(contract.currency()).putString(contract.localSymbol()).putString(reportType)
                    .putInt(0).putEmpty();
        }
    }

    /** cancelFundamentalData {@code 53|1|reqId}. */
    record CancelFundamentalData(int reqId) implements ClientMessage {
        @Override public int id() { return ClientMsgId.CANCEL_FUNDAMENTAL_DATA; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }
}
