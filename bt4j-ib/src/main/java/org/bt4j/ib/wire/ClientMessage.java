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
}
