package org.bt4j.ib.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A message TWS (or our gateway) sends to a client: one record per message, each able to write
 * itself at a negotiated server version (gateway side) and to be read by
 * {@link #read(FieldReader, int)} (client side). Each field is written and read exactly when the
 * negotiated version reaches its gate in {@link ServerVersion}, at every framed version 100..187.
 * Message version numbers are the ones TWS sends; decoders honour them where IB's Java decoder
 * does and ignore surplus trailing fields.
 *
 * <p>Threading: all implementations are immutable records.
 */
public sealed interface ServerMessage {

    /** @return the message id (first field), see {@link ServerMsgId} */
    int id();

    /** Writes every field of this message, message id first. */
    void write(FieldWriter w, int serverVersion);

    /**
     * @return whether a client at {@code serverVersion} knows this message: a legacy (pre-v100)
     *         client knows ids up to {@link ServerMsgId#LAST_LEGACY} only, and its reader stops at
     *         any other, so the gateway does not send it one
     */
    default boolean existsAt(int serverVersion) {
        return serverVersion >= ServerVersion.MIN_FRAMED || id() <= ServerMsgId.LAST_LEGACY;
    }

    /**
     * Reads one server message (the client side). Ids bt4j does not handle come back as
     * {@link Unhandled}.
     *
     * @throws WireFormatException if a field is missing or malformed
     */
    static ServerMessage read(FieldReader r, int serverVersion) {
        int id = r.readMessageId();
        switch (id) {
            case ServerMsgId.ERROR: {
                r.readInt();
                int reqId = r.readInt();
                int code = r.readInt();
                String text = r.readText(serverVersion);
                boolean json = serverVersion >= ServerVersion.ADVANCED_ORDER_REJECT && r.hasMore();
                return new ErrorMsg(reqId, code, text, json ? r.readText() : "");
            }
            case ServerMsgId.NEXT_VALID_ID: r.readInt(); return new NextValidId(r.readInt());
            case ServerMsgId.MANAGED_ACCOUNTS: r.readInt(); return ManagedAccounts.parse(r.readString());
            case ServerMsgId.CURRENT_TIME: r.readInt(); return new CurrentTime(r.readLong());
            case ServerMsgId.CONTRACT_DATA: {
                if (serverVersion < ServerVersion.SIZE_RULES) {
                    r.readInt();
                }
                int reqId = r.readInt();
                return new ContractData(reqId, ContractDetails.read(r, serverVersion));
            }
            case ServerMsgId.CONTRACT_DATA_END: r.readInt(); return new ContractDataEnd(r.readInt());
            case ServerMsgId.TICK_PRICE: {
                int version = r.readInt();
                int tickerId = r.readInt();
                int tickType = r.readInt();
                double price = r.readDouble();
                double size = version >= 2 ? r.readDecimal() : Wire.UNSET_DOUBLE;
                int mask = version >= 3 ? r.readInt() : 0;
                return new TickPrice(tickerId, tickType, price, size, mask);
            }
            case ServerMsgId.TICK_SIZE: {
                r.readInt();
                int tickerId = r.readInt();
                return new TickSize(tickerId, r.readInt(), r.readDecimal());
            }
            case ServerMsgId.TICK_STRING: {
                r.readInt();
                int tickerId = r.readInt();
                return new TickString(tickerId, r.readInt(), r.readString());
            }
            case ServerMsgId.TICK_GENERIC: {
                r.readInt();
                int tickerId = r.readInt();
                return new TickGeneric(tickerId, r.readInt(), r.readDouble());
            }
            case ServerMsgId.TICK_REQ_PARAMS: {
                int tickerId = r.readInt();
                double minTick = r.readDouble();
                String bbo = r.readString();
                return new TickReqParams(tickerId, minTick, bbo, r.readInt());
            }
            case ServerMsgId.TICK_SNAPSHOT_END: r.readInt(); return new TickSnapshotEnd(r.readInt());
            case ServerMsgId.MARKET_DATA_TYPE: {
                r.readInt();
                int reqId = r.readInt();
                return new MarketDataType(reqId, r.readInt());
            }
            case ServerMsgId.REAL_TIME_BARS: {
                r.readInt();
                return new RealTimeBar(r.readInt(), r.readLong(), r.readDouble(), r.readDouble(), r.readDouble(),
                        r.readDouble(), r.readDecimal(), r.readDecimal(), r.readInt());
            }
            case ServerMsgId.HISTORICAL_DATA: {
                if (serverVersion < ServerVersion.SYNT_REALTIME_BARS) {
                    r.readInt();
                }
                int reqId = r.readInt();
                String start = r.readString();
                String end = r.readString();
                int n = r.readInt();
                List<Bar> bars = new ArrayList<>(Math.max(0, Math.min(n, 100_000)));
                for (int i = 0; i < n; i++) {
                    String time = r.readString();
                    double open = r.readDouble();
                    double high = r.readDouble();
                    double low = r.readDouble();
                    double close = r.readDouble();
                    double volume = r.readDecimal();
                    double wap = r.readDecimal();
                    if (serverVersion < ServerVersion.SYNT_REALTIME_BARS) {
                        r.readString(); // hasGaps
                    }
                    bars.add(new Bar(time, open, high, low, close, volume, wap, r.readInt()));
                }
                return new HistoricalData(reqId, start, end, bars);
            }
            case ServerMsgId.HISTORICAL_DATA_UPDATE: {
                int reqId = r.readInt();
                int count = r.readInt();
                String date = r.readString();
                double open = r.readDouble();
                double close = r.readDouble();
                double high = r.readDouble();
                double low = r.readDouble();
                double wap = r.readDecimal();
                double volume = r.readDecimal();
                return new HistoricalDataUpdate(reqId, new Bar(date, open, high, low, close, volume, wap, count));
            }
            case ServerMsgId.OPEN_ORDER: return OrderCodec.readOpenOrder(r, serverVersion);
            case ServerMsgId.OPEN_ORDER_END: r.skipOptional(1); return new OpenOrderEnd();
            case ServerMsgId.ORDER_STATUS: {
                if (serverVersion < ServerVersion.MARKET_CAP_PRICE) {
                    r.readInt();
                }
                int orderId = r.readInt();
                String status = r.readString();
                double filled = r.readDecimal();
                double remaining = r.readDecimal();
                double avg = r.readDouble();
                long permId = r.readLong();
                int parentId = r.readInt();
                double lastFill = r.readDouble();
                int clientId = r.readInt();
                String whyHeld = r.readString();
                double mktCap = serverVersion >= ServerVersion.MARKET_CAP_PRICE && r.hasMore() ? r.readDouble() : 0.0;
                return new OrderStatus(orderId, status, filled, remaining, avg, permId, parentId, lastFill, clientId,
                        whyHeld, mktCap);
            }
            case ServerMsgId.EXECUTION_DATA: {
                if (serverVersion < ServerVersion.LAST_LIQUIDITY) {
                    r.readInt();
                }
                int reqId = r.readInt();
                int orderId = r.readInt();
                Contract c = Contract.readShort(r, false);
                String execId = r.readString();
                String time = r.readString();
                String acctNumber = r.readString();
                String exchange = r.readString();
                String side = r.readString();
                double shares = r.readDecimal();
                double price = r.readDouble();
                long permId = r.readLong();
                int clientId = r.readInt();
                int liquidation = r.readInt();
                double cumQty = r.readDecimal();
                double avgPrice = r.readDouble();
                String orderRef = r.readString();
                String evRule = r.readString();
                double evMultiplier = r.readDoubleMax();
                String modelCode = serverVersion >= ServerVersion.MODELS_SUPPORT ? r.readString() : "";
                int lastLiquidity = serverVersion >= ServerVersion.LAST_LIQUIDITY ? r.readInt() : 0;
                boolean pending = serverVersion >= ServerVersion.PENDING_PRICE_REVISION && r.hasMore() && r.readBool();
                return new ExecDetails(reqId, c, new Execution(orderId, execId, time, acctNumber, exchange, side,
                        shares, price, permId, clientId, liquidation, cumQty, avgPrice, orderRef, evRule, evMultiplier,
                        modelCode, lastLiquidity, pending));
            }
            case ServerMsgId.EXECUTION_DATA_END: r.readInt(); return new ExecDetailsEnd(r.readInt());
            case ServerMsgId.COMMISSION_REPORT: {
                r.readInt();
                return new CommissionReport(r.readString(), r.readDouble(), r.readString(), r.readDoubleMax(),
                        r.readDoubleMax(), r.hasMore() ? r.readString() : "");
            }
            case ServerMsgId.ACCOUNT_VALUE: {
                r.readInt();
                return new UpdateAccountValue(r.readString(), r.readString(), r.readString(), r.readString());
            }
            case ServerMsgId.PORTFOLIO_VALUE: {
                r.readInt();
                Contract c = Contract.readShort(r, true);
                return new UpdatePortfolio(c, r.readDecimal(), r.readDouble(), r.readDouble(), r.readDouble(),
                        r.readDouble(), r.readDouble(), r.readString());
            }
            case ServerMsgId.ACCOUNT_UPDATE_TIME: r.readInt(); return new UpdateAccountTime(r.readString());
            case ServerMsgId.ACCOUNT_DOWNLOAD_END: r.readInt(); return new AccountDownloadEnd(r.readString());
            case ServerMsgId.ACCOUNT_UPDATE_MULTI: {
                r.readInt();
                return new AccountUpdateMulti(r.readInt(), r.readString(), r.readString(), r.readString(),
                        r.readString(), r.readString());
            }
            case ServerMsgId.ACCOUNT_UPDATE_MULTI_END: r.readInt(); return new AccountUpdateMultiEnd(r.readInt());
            case ServerMsgId.POSITION: {
                r.readInt();
                String account = r.readString();
                Contract c = Contract.readShort(r, false);
                return new Position(account, c, r.readDecimal(), r.readDouble());
            }
            case ServerMsgId.POSITION_END: r.skipOptional(1); return new PositionEnd();
            case ServerMsgId.COMPLETED_ORDER: return OrderCodec.readCompletedOrder(r, serverVersion);
            case ServerMsgId.COMPLETED_ORDERS_END: return new CompletedOrdersEnd();
            default: {
                List<String> rest = new ArrayList<>();
                while (r.hasMore()) {
                    rest.add(r.readString());
                }
                return new Unhandled(id, rest);
            }
        }
    }

    /** error {@code 4|2|id|code|message|advancedOrderRejectJson}; id −1 for system notices. */
    record ErrorMsg(int reqId, int code, String message, String advancedOrderRejectJson) implements ServerMessage {
        @Override public int id() { return ServerMsgId.ERROR; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(2).putInt(reqId).putInt(code).putText(message, v);
            if (v >= ServerVersion.ADVANCED_ORDER_REJECT) {
                w.putText(advancedOrderRejectJson);
            }
        }

        /** @return the seed's notification form {@code <error id=-1, errorCode=2104, errorMsg=…>} */
        @Override public String toString() {
            return "<error id=" + reqId + ", errorCode=" + code + ", errorMsg=" + message + ">";
        }
    }

    /** nextValidId {@code 9|1|orderId}. */
    record NextValidId(int orderId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.NEXT_VALID_ID; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(orderId); }
    }

    /** managedAccounts {@code 15|1|DU1,DU2}. */
    record ManagedAccounts(List<String> accounts) implements ServerMessage {
        /** Copies the list. */
        public ManagedAccounts {
            accounts = List.copyOf(accounts);
        }

        static ManagedAccounts parse(String text) {
            List<String> list = new ArrayList<>();
            for (String a : text.split(",")) {
                if (!a.isBlank()) {
                    list.add(a.trim());
                }
            }
            return new ManagedAccounts(list);
        }

        @Override public int id() { return ServerMsgId.MANAGED_ACCOUNTS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putString(String.join(",", accounts));
        }
    }

    /** currentTime {@code 49|1|epochSeconds}. */
    record CurrentTime(long epochSeconds) implements ServerMessage {
        @Override public int id() { return ServerMsgId.CURRENT_TIME; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putLong(epochSeconds); }
    }

    /** contractData (no version field); one per matching contract, then contractDataEnd. */
    record ContractData(int reqId, ContractDetails details) implements ServerMessage {
        @Override public int id() { return ServerMsgId.CONTRACT_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id());
            if (v < ServerVersion.SIZE_RULES) {
                w.putInt(8);
            }
            w.putInt(reqId);
            details.write(w, v);
        }
    }

    /** contractDataEnd {@code 52|1|reqId}. */
    record ContractDataEnd(int reqId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.CONTRACT_DATA_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** tickPrice {@code 1|6|tickerId|tickType|price|size|attrMask} (exactly 7 fields). */
    record TickPrice(int tickerId, int tickType, double price, double size, int attrMask) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_PRICE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(6).putInt(tickerId).putInt(tickType).putDouble(price).putSize(size, sizes(v))
                    .putInt(attrMask);
        }
    }

    /** tickSize {@code 2|6|tickerId|tickType|size}. */
    record TickSize(int tickerId, int tickType, double size) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_SIZE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(6).putInt(tickerId).putInt(tickType).putSize(size, sizes(v));
        }
    }

    /** tickString {@code 46|6|tickerId|tickType|value}; type 48 is RTVolume. */
    record TickString(int tickerId, int tickType, String value) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_STRING; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(6).putInt(tickerId).putInt(tickType).putString(value);
        }
    }

    /** tickGeneric {@code 45|6|tickerId|tickType|value}. */
    record TickGeneric(int tickerId, int tickType, double value) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_GENERIC; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(6).putInt(tickerId).putInt(tickType).putDecimal(value);
        }
    }

    /** tickReqParams {@code 81|tickerId|minTick|bboExchange|snapshotPermissions} (no version). */
    record TickReqParams(int tickerId, double minTick, String bboExchange, int snapshotPermissions)
            implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_REQ_PARAMS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(tickerId).putDouble(minTick).putString(bboExchange).putInt(snapshotPermissions);
        }
    }

    /** tickSnapshotEnd {@code 57|1|reqId}. */
    record TickSnapshotEnd(int reqId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_SNAPSHOT_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** marketDataType {@code 58|1|reqId|type}: 1 live, 2 frozen, 3 delayed, 4 delayed-frozen. */
    record MarketDataType(int reqId, int marketDataType) implements ServerMessage {
        @Override public int id() { return ServerMsgId.MARKET_DATA_TYPE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(reqId).putInt(marketDataType);
        }
    }

    /** realtimeBar {@code 50|3|reqId|time|o|h|l|c|volume|wap|count}; time is the bar's start (epoch s). */
    record RealTimeBar(int reqId, long time, double open, double high, double low, double close, double volume,
                       double wap, int count) implements ServerMessage {
        @Override public int id() { return ServerMsgId.REAL_TIME_BARS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(3).putInt(reqId).putLong(time).putDouble(open).putDouble(high).putDouble(low)
                    .putDouble(close).putSize(volume, sizes(v)).putDecimal(wap).putInt(count);
        }
    }

    /**
     * historicalData (no version): every bar of the answer in one message, which below server
     * version 196 is also the end marker (clients then signal historicalDataEnd).
     */
    record HistoricalData(int reqId, String startDate, String endDate, List<Bar> bars) implements ServerMessage {
        /** Copies the list. */
        public HistoricalData {
            bars = List.copyOf(bars);
        }

        @Override public int id() { return ServerMsgId.HISTORICAL_DATA; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id());
            if (v < ServerVersion.SYNT_REALTIME_BARS) {
                w.putInt(3);
            }
            w.putInt(reqId).putString(startDate).putString(endDate).putInt(bars.size());
            for (Bar b : bars) {
                w.putString(b.time()).putDouble(b.open()).putDouble(b.high()).putDouble(b.low()).putDouble(b.close())
                        .putSize(b.volume(), sizes(v)).putDecimal(b.wap());
                if (v < ServerVersion.SYNT_REALTIME_BARS) {
                    w.putString("false"); // hasGaps
                }
                w.putInt(b.barCount());
            }
        }
    }

    /** historicalDataUpdate {@code 90|reqId|barCount|date|open|close|high|low|wap|volume} (keepUpToDate). */
    record HistoricalDataUpdate(int reqId, Bar bar) implements ServerMessage {
        @Override public int id() { return ServerMsgId.HISTORICAL_DATA_UPDATE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(bar.barCount()).putString(bar.time()).putDouble(bar.open())
                    .putDouble(bar.close()).putDouble(bar.high()).putDouble(bar.low()).putDecimal(bar.wap())
                    .putDecimal(bar.volume());
        }
    }

    /** openOrder (138 fields at 187 for a plain order; no version field). */
    record OpenOrder(Contract contract, Order order, OrderState state) implements ServerMessage {
        @Override public int id() { return ServerMsgId.OPEN_ORDER; }
        @Override public void write(FieldWriter w, int v) { OrderCodec.writeOpenOrder(w, v, this); }
    }

    /** openOrderEnd {@code 53|1}. */
    record OpenOrderEnd() implements ServerMessage {
        @Override public int id() { return ServerMsgId.OPEN_ORDER_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** orderStatus (12 fields from 131, before that a version and no mktCapPrice); filled/remaining are cumulative; an idempotent snapshot. */
    record OrderStatus(int orderId, String status, double filled, double remaining, double avgFillPrice, long permId,
                       int parentId, double lastFillPrice, int clientId, String whyHeld, double mktCapPrice)
            implements ServerMessage {
        @Override public int id() { return ServerMsgId.ORDER_STATUS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id());
            if (v < ServerVersion.MARKET_CAP_PRICE) {
                w.putInt(6);
            }
            w.putInt(orderId).putString(status).putSize(filled, sizes(v)).putSize(remaining, sizes(v))
                    .putDecimal(avgFillPrice).putLong(permId).putInt(parentId).putDecimal(lastFillPrice)
                    .putInt(clientId).putString(whyHeld);
            if (v >= ServerVersion.MARKET_CAP_PRICE) {
                w.putDecimal(mktCapPrice);
            }
        }
    }

    /** execDetails (32 fields at ≥178; a version field before 136); reqId −1 for fills as they happen. */
    record ExecDetails(int reqId, Contract contract, Execution execution) implements ServerMessage {
        @Override public int id() { return ServerMsgId.EXECUTION_DATA; }
        @Override public void write(FieldWriter w, int v) {
            Execution e = execution;
            w.putInt(id());
            if (v < ServerVersion.LAST_LIQUIDITY) {
                w.putInt(10);
            }
            w.putInt(reqId).putInt(e.orderId());
            contract.writeShort(w, false);
            w.putString(e.execId()).putString(v < ServerVersion.MIN_FRAMED ? legacyTime(e.time()) : e.time())
                    .putString(e.acctNumber()).putString(e.exchange()).putString(e.side()).putSize(e.shares(), sizes(v))
                    .putDouble(e.price()).putLong(e.permId()).putInt(e.clientId()).putInt(e.liquidation())
                    .putSize(e.cumQty(), sizes(v)).putDouble(e.avgPrice())
                    .putString(e.orderRef()).putString(e.evRule()).putDoubleMax(e.evMultiplier());
            if (v >= ServerVersion.MODELS_SUPPORT) {
                w.putString(e.modelCode());
            }
            if (v >= ServerVersion.LAST_LIQUIDITY) {
                w.putInt(e.lastLiquidity());
            }
            if (v >= ServerVersion.PENDING_PRICE_REVISION) {
                w.putBool(e.pendingPriceRevision());
            }
        }
    }

    /** execDetailsEnd {@code 55|1|reqId}. */
    record ExecDetailsEnd(int reqId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.EXECUTION_DATA_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /**
     * commissionReport {@code 59|1|execId|commission|currency|realizedPNL|yield|yieldRedemptionDate};
     * realizedPNL and yield are {@link Wire#UNSET_DOUBLE} unless known.
     */
    record CommissionReport(String execId, double commission, String currency, double realizedPnl, double yield,
                            String yieldRedemptionDate) implements ServerMessage {
        @Override public int id() { return ServerMsgId.COMMISSION_REPORT; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putString(execId).putDouble(commission).putString(currency)
                    .putDouble(realizedPnl).putDouble(yield).putString(yieldRedemptionDate);
        }
    }

    /** updateAccountValue {@code 6|2|key|value|currency|accountName}. */
    record UpdateAccountValue(String key, String value, String currency, String accountName)
            implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_VALUE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(2).putString(key).putString(value).putString(currency).putString(accountName);
        }
    }

    /** updatePortfolio (20 fields, version 8); the contract carries its primary exchange. */
    record UpdatePortfolio(Contract contract, double position, double marketPrice, double marketValue,
                           double averageCost, double unrealizedPnl, double realizedPnl, String accountName)
            implements ServerMessage {
        @Override public int id() { return ServerMsgId.PORTFOLIO_VALUE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(8);
            contract.writeShort(w, true);
            w.putSize(position, sizes(v)).putDouble(marketPrice).putDouble(marketValue)
                    .putDouble(averageCost)
                    .putDouble(unrealizedPnl).putDouble(realizedPnl).putString(accountName);
        }
    }

    /** updateAccountTime {@code 8|1|HH:mm}. */
    record UpdateAccountTime(String timeStamp) implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_UPDATE_TIME; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putString(timeStamp); }
    }

    /** accountDownloadEnd {@code 54|1|accountName}. */
    record AccountDownloadEnd(String accountName) implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_DOWNLOAD_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putString(accountName); }
    }

    /** accountUpdateMulti {@code 73|1|reqId|account|modelCode|key|value|currency}. */
    record AccountUpdateMulti(int reqId, String account, String modelCode, String key, String value,
                              String currency) implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_UPDATE_MULTI; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(reqId).putString(account).putString(modelCode).putString(key)
                    .putString(value).putString(currency);
        }
    }

    /** accountUpdateMultiEnd {@code 74|1|reqId}. */
    record AccountUpdateMultiEnd(int reqId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_UPDATE_MULTI_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** position {@code 61|3|account|contract(11)|position|avgCost}. */
    record Position(String account, Contract contract, double position, double avgCost) implements ServerMessage {
        @Override public int id() { return ServerMsgId.POSITION; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(3).putString(account);
            contract.writeShort(w, false);
            w.putSize(position, sizes(v)).putDouble(avgCost);
        }
    }

    /** positionEnd {@code 62|1}. */
    record PositionEnd() implements ServerMessage {
        @Override public int id() { return ServerMsgId.POSITION_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1); }
    }

    /** completedOrder (no version, no order id); the state carries filled quantity and completion time. */
    record CompletedOrder(Contract contract, Order order, OrderState state) implements ServerMessage {
        @Override public int id() { return ServerMsgId.COMPLETED_ORDER; }
        @Override public void write(FieldWriter w, int v) { OrderCodec.writeCompletedOrder(w, v, this); }
    }

    /** completedOrdersEnd {@code 102} (id only). */
    record CompletedOrdersEnd() implements ServerMessage {
        @Override public int id() { return ServerMsgId.COMPLETED_ORDERS_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()); }
    }

    /** Whether quantities (sizes, volumes, fills, positions) are decimals; a legacy client parses integers. */
    private static boolean sizes(int v) {
        return v >= ServerVersion.MIN_FRAMED;
    }

    /**
     * An execution time as TWS 9.x wrote it, {@code yyyyMMdd  HH:mm:ss} (two spaces, TWS's local time,
     * no zone: backtrader parses exactly that), from the newer {@code yyyyMMdd HH:mm:ss zone}.
     */
    private static String legacyTime(String time) {
        if (time.length() < 17 || time.charAt(8) != ' ' || time.charAt(9) == ' ') {
            return time;
        }
        return time.substring(0, 8) + "  " + time.substring(9, 17);
    }

        /** Any other server message, kept as raw fields after the id. */
    record Unhandled(int id, List<String> fields) implements ServerMessage {
        /** Copies the field list. */
        public Unhandled {
            fields = List.copyOf(fields);
        }

        @Override public void write(FieldWriter w, int v) {
            w.putInt(id);
            for (String f : fields) {
                w.putString(f);
            }
        }
    }
}
