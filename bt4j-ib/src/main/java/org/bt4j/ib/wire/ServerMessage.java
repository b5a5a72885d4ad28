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
                ServerMessage reference = readReferenceMessage(id, r, serverVersion);
                if (reference != null) {
                    return reference;
                }
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

    // ---------------------------------------------------------------- account, reference data, depth and ticks

    /** Reads the messages of this block, or returns null for any other id. */
    private static ServerMessage readReferenceMessage(int id, FieldReader r, int v) {
        switch (id) {
            case ServerMsgId.ACCOUNT_SUMMARY: {
                r.readInt();
                return new AccountSummary(r.readInt(), r.readString(), r.readString(), r.readString(), r.readString());
            }
            case ServerMsgId.ACCOUNT_SUMMARY_END: r.readInt(); return new AccountSummaryEnd(r.readInt());
            case ServerMsgId.PNL: {
                int reqId = r.readInt();
                double daily = r.readDouble();
                double unrealized = v >= ServerVersion.UNREALIZED_PNL ? r.readDouble() : Wire.UNSET_DOUBLE;
                return new PnL(reqId, daily, unrealized, v >= ServerVersion.REALIZED_PNL ? r.readDouble() : Wire.UNSET_DOUBLE);
            }
            case ServerMsgId.PNL_SINGLE: {
                int reqId = r.readInt();
                double pos = r.readDecimal();
                double daily = r.readDouble();
                double unrealized = v >= ServerVersion.UNREALIZED_PNL ? r.readDouble() : Wire.UNSET_DOUBLE;
                double realized = v >= ServerVersion.REALIZED_PNL ? r.readDouble() : Wire.UNSET_DOUBLE;
                return new PnLSingle(reqId, pos, daily, unrealized, realized, r.readDouble());
            }
            case ServerMsgId.SECURITY_DEFINITION_OPTION_PARAMETER: {
                int reqId = r.readInt();
                String exchange = r.readString();
                int underConId = r.readInt();
                String tradingClass = r.readString();
                String multiplier = r.readString();
                List<String> expirations = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    expirations.add(r.readString());
                }
                List<Double> strikes = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    strikes.add(r.readDouble());
                }
                return new SecDefOptParameter(reqId, exchange, underConId, tradingClass, multiplier, expirations, strikes);
            }
            case ServerMsgId.SECURITY_DEFINITION_OPTION_PARAMETER_END: return new SecDefOptParameterEnd(r.readInt());
            case ServerMsgId.HEAD_TIMESTAMP: return new HeadTimestamp(r.readInt(), r.readString());
            case ServerMsgId.SYMBOL_SAMPLES: {
                int reqId = r.readInt();
                List<ContractDescription> found = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    int conId = r.readInt();
                    String symbol = r.readString();
                    String secType = r.readString();
                    String primary = r.readString();
                    String currency = r.readString();
                    List<String> derivatives = new ArrayList<>();
                    for (int k = r.readInt(); k > 0; k--) {
                        derivatives.add(r.readString());
                    }
                    String description = "";
                    if (v >= ServerVersion.BOND_ISSUERID) {
                        description = r.readString();
                        r.readString(); // issuerId
                    }
                    found.add(new ContractDescription(conId, symbol, secType, primary, currency, derivatives, description));
                }
                return new SymbolSamples(reqId, found);
            }
            case ServerMsgId.MARKET_RULE: {
                int ruleId = r.readInt();
                List<PriceIncrement> steps = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    steps.add(new PriceIncrement(r.readDouble(), r.readDouble()));
                }
                return new MarketRule(ruleId, steps);
            }
            case ServerMsgId.MARKET_DEPTH_L2: {
                r.readInt();
                int reqId = r.readInt();
                int position = r.readInt();
                String maker = r.readString();
                int operation = r.readInt();
                int side = r.readInt();
                double price = r.readDouble();
                double size = r.readDecimal();
                return new UpdateMktDepthL2(reqId, position, maker, operation, side, price, size,
                        v >= ServerVersion.SMART_DEPTH && r.readBool());
            }
            case ServerMsgId.HISTORICAL_TICKS: {
                int reqId = r.readInt();
                List<HistoricalTick> ticks = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    long time = r.readLong();
                    r.readString();
                    ticks.add(new HistoricalTick(time, r.readDouble(), r.readDecimal()));
                }
                return new HistoricalTicks(reqId, ticks, r.readBool());
            }
            case ServerMsgId.HISTORICAL_TICKS_BID_ASK: {
                int reqId = r.readInt();
                List<HistoricalTickBidAsk> ticks = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    ticks.add(new HistoricalTickBidAsk(r.readLong(), r.readInt(), r.readDouble(), r.readDouble(),
                            r.readDecimal(), r.readDecimal()));
                }
                return new HistoricalTicksBidAsk(reqId, ticks, r.readBool());
            }
            case ServerMsgId.HISTORICAL_TICKS_LAST: {
                int reqId = r.readInt();
                List<HistoricalTickLast> ticks = new ArrayList<>();
                for (int n = r.readInt(); n > 0; n--) {
                    ticks.add(new HistoricalTickLast(r.readLong(), r.readInt(), r.readDouble(), r.readDecimal(),
                            r.readString(), r.readString()));
                }
                return new HistoricalTicksLast(reqId, ticks, r.readBool());
            }
            case ServerMsgId.TICK_BY_TICK: {
                int reqId = r.readInt();
                int type = r.readInt();
                long time = r.readLong();
                if (type == 3) {
                    return new TickByTickBidAsk(reqId, time, r.readDouble(), r.readDouble(), r.readDecimal(),
                            r.readDecimal(), r.readInt());
                }
                if (type == 4) {
                    return new TickByTickMidPoint(reqId, time, r.readDouble());
                }
                return new TickByTickAllLast(reqId, type, time, r.readDouble(), r.readDecimal(), r.readInt(),
                        r.readString(), r.readString());
            }
            default: return null;
        }
    }

    /** accountSummary {@code 63|1|reqId|account|tag|value|currency}. */
    record AccountSummary(int reqId, String account, String tag, String value, String currency)
            implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_SUMMARY; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(reqId).putString(account).putString(tag).putString(value).putString(currency);
        }
    }

    /** accountSummaryEnd {@code 64|1|reqId}. */
    record AccountSummaryEnd(int reqId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.ACCOUNT_SUMMARY_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(1).putInt(reqId); }
    }

    /** pnl {@code 94|reqId|dailyPnL|unrealizedPnL(129)|realizedPnL(135)}. */
    record PnL(int reqId, double dailyPnL, double unrealizedPnL, double realizedPnL) implements ServerMessage {
        @Override public int id() { return ServerMsgId.PNL; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putDouble(dailyPnL);
            if (v >= ServerVersion.UNREALIZED_PNL) {
                w.putDouble(unrealizedPnL);
            }
            if (v >= ServerVersion.REALIZED_PNL) {
                w.putDouble(realizedPnL);
            }
        }
    }

    /** pnlSingle {@code 95|reqId|pos|dailyPnL|unrealizedPnL(129)|realizedPnL(135)|value}. */
    record PnLSingle(int reqId, double pos, double dailyPnL, double unrealizedPnL, double realizedPnL, double value)
            implements ServerMessage {
        @Override public int id() { return ServerMsgId.PNL_SINGLE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putDecimal(pos).putDouble(dailyPnL);
            if (v >= ServerVersion.UNREALIZED_PNL) {
                w.putDouble(unrealizedPnL);
            }
            if (v >= ServerVersion.REALIZED_PNL) {
                w.putDouble(realizedPnL);
            }
            w.putDouble(value);
        }
    }

    /**
     * securityDefinitionOptionParameter {@code 75|reqId|exchange|underlyingConId|tradingClass|multiplier|
     * n|expirations…|m|strikes…} (no version).
     */
    record SecDefOptParameter(int reqId, String exchange, int underlyingConId, String tradingClass, String multiplier,
                              List<String> expirations, List<Double> strikes) implements ServerMessage {
        /** Copies the lists. */
        public SecDefOptParameter {
            expirations = List.copyOf(expirations);
            strikes = List.copyOf(strikes);
        }

        @Override public int id() { return ServerMsgId.SECURITY_DEFINITION_OPTION_PARAMETER; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putString(exchange).putInt(underlyingConId).putString(tradingClass)
                    .putString(multiplier).putInt(expirations.size());
            for (String e : expirations) {
                w.putString(e);
            }
            w.putInt(strikes.size());
            for (double k : strikes) {
                w.putDouble(k);
            }
        }
    }

    /** securityDefinitionOptionParameterEnd {@code 76|reqId}. */
    record SecDefOptParameterEnd(int reqId) implements ServerMessage {
        @Override public int id() { return ServerMsgId.SECURITY_DEFINITION_OPTION_PARAMETER_END; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId); }
    }

    /** headTimestamp {@code 88|reqId|headTimestamp}. */
    record HeadTimestamp(int reqId, String headTimestamp) implements ServerMessage {
        @Override public int id() { return ServerMsgId.HEAD_TIMESTAMP; }
        @Override public void write(FieldWriter w, int v) { w.putInt(id()).putInt(reqId).putString(headTimestamp); }
    }

    /**
     * One contract of a matching-symbols answer.
     *
     * @param derivativeSecTypes the security types listed on it (OPT, FUT, WAR, …)
     */
    record ContractDescription(int conId, String symbol, String secType, String primaryExchange, String currency,
                               List<String> derivativeSecTypes, String description) {
        /** Copies the list. */
        public ContractDescription {
            derivativeSecTypes = List.copyOf(derivativeSecTypes);
        }
    }

    /**
     * symbolSamples {@code 79|reqId|n|{conId|symbol|secType|primaryExchange|currency|k|derivSecTypes…|
     * description(176)|issuerId(176)}}.
     */
    record SymbolSamples(int reqId, List<ContractDescription> contractDescriptions) implements ServerMessage {
        /** Copies the list. */
        public SymbolSamples {
            contractDescriptions = List.copyOf(contractDescriptions);
        }

        @Override public int id() { return ServerMsgId.SYMBOL_SAMPLES; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(contractDescriptions.size());
            for (ContractDescription c : contractDescriptions) {
                w.putInt(c.conId()).putString(c.symbol()).putString(c.secType()).putString(c.primaryExchange())
                        .putString(c.currency()).putInt(c.derivativeSecTypes().size());
                for (String d : c.derivativeSecTypes()) {
                    w.putString(d);
                }
                if (v >= ServerVersion.BOND_ISSUERID) {
                    w.putString(c.description()).putEmpty();
                }
            }
        }
    }

    /** From {@code lowEdge} on, prices step by {@code increment}. */
    record PriceIncrement(double lowEdge, double increment) {
    }

    /** marketRule {@code 93|marketRuleId|n|{lowEdge|increment}}. */
    record MarketRule(int marketRuleId, List<PriceIncrement> priceIncrements) implements ServerMessage {
        /** Copies the list. */
        public MarketRule {
            priceIncrements = List.copyOf(priceIncrements);
        }

        @Override public int id() { return ServerMsgId.MARKET_RULE; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(marketRuleId).putInt(priceIncrements.size());
            for (PriceIncrement e : priceIncrements) {
                w.putDouble(e.lowEdge()).putDouble(e.increment());
            }
        }
    }

    /**
     * updateMktDepthL2 {@code 13|1|reqId|position|marketMaker|operation|side|price|size|isSmartDepth(146)};
     * operation 0 insert, 1 update, 2 delete; side 0 ask, 1 bid.
     */
    record UpdateMktDepthL2(int reqId, int position, String marketMaker, int operation, int side, double price,
                            double size, boolean isSmartDepth) implements ServerMessage {
        @Override public int id() { return ServerMsgId.MARKET_DEPTH_L2; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(1).putInt(reqId).putInt(position).putString(marketMaker).putInt(operation)
                    .putInt(side).putDouble(price).putSize(size, sizes(v));
            if (v >= ServerVersion.SMART_DEPTH) {
                w.putBool(isSmartDepth);
            }
        }
    }

    /** A midpoint tick of historicalTicks: {@code time||price|size}. */
    record HistoricalTick(long time, double price, double size) {
    }

    /** A tick of historicalTicksBidAsk: {@code time|mask|priceBid|priceAsk|sizeBid|sizeAsk}. */
    record HistoricalTickBidAsk(long time, int mask, double priceBid, double priceAsk, double sizeBid, double sizeAsk) {
    }

    /** A tick of historicalTicksLast: {@code time|mask|price|size|exchange|specialConditions}. */
    record HistoricalTickLast(long time, int mask, double price, double size, String exchange, String specialConditions) {
    }

    /** historicalTicks {@code 96|reqId|n|ticks|done} (MIDPOINT). */
    record HistoricalTicks(int reqId, List<HistoricalTick> ticks, boolean done) implements ServerMessage {
        /** Copies the list. */
        public HistoricalTicks {
            ticks = List.copyOf(ticks);
        }

        @Override public int id() { return ServerMsgId.HISTORICAL_TICKS; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(ticks.size());
            for (HistoricalTick t : ticks) {
                w.putLong(t.time()).putEmpty().putDouble(t.price()).putDecimal(t.size());
            }
            w.putBool(done);
        }
    }

    /** historicalTicksBidAsk {@code 97|reqId|n|ticks|done}. */
    record HistoricalTicksBidAsk(int reqId, List<HistoricalTickBidAsk> ticks, boolean done) implements ServerMessage {
        /** Copies the list. */
        public HistoricalTicksBidAsk {
            ticks = List.copyOf(ticks);
        }

        @Override public int id() { return ServerMsgId.HISTORICAL_TICKS_BID_ASK; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(ticks.size());
            for (HistoricalTickBidAsk t : ticks) {
                w.putLong(t.time()).putInt(t.mask()).putDouble(t.priceBid()).putDouble(t.priceAsk())
                        .putDecimal(t.sizeBid()).putDecimal(t.sizeAsk());
            }
            w.putBool(done);
        }
    }

    /** historicalTicksLast {@code 98|reqId|n|ticks|done} (TRADES). */
    record HistoricalTicksLast(int reqId, List<HistoricalTickLast> ticks, boolean done) implements ServerMessage {
        /** Copies the list. */
        public HistoricalTicksLast {
            ticks = List.copyOf(ticks);
        }

        @Override public int id() { return ServerMsgId.HISTORICAL_TICKS_LAST; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(ticks.size());
            for (HistoricalTickLast t : ticks) {
                w.putLong(t.time()).putInt(t.mask()).putDouble(t.price()).putDecimal(t.size()).putString(t.exchange())
                        .putString(t.specialConditions());
            }
            w.putBool(done);
        }
    }

    /** tickByTick of a trade {@code 99|reqId|1 (Last) or 2 (AllLast)|time|price|size|mask|exchange|specialConditions}. */
    record TickByTickAllLast(int reqId, int tickType, long time, double price, double size, int mask, String exchange,
                             String specialConditions) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_BY_TICK; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(tickType).putLong(time).putDouble(price).putDecimal(size).putInt(mask)
                    .putString(exchange).putString(specialConditions);
        }
    }

    /** tickByTick of a quote {@code 99|reqId|3|time|bidPrice|askPrice|bidSize|askSize|mask}. */
    record TickByTickBidAsk(int reqId, long time, double bidPrice, double askPrice, double bidSize, double askSize,
                            int mask) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_BY_TICK; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(3).putLong(time).putDouble(bidPrice).putDouble(askPrice)
                    .putDecimal(bidSize).putDecimal(askSize).putInt(mask);
        }
    }

    /** tickByTick of the midpoint {@code 99|reqId|4|time|midPoint}. */
    record TickByTickMidPoint(int reqId, long time, double midPoint) implements ServerMessage {
        @Override public int id() { return ServerMsgId.TICK_BY_TICK; }
        @Override public void write(FieldWriter w, int v) {
            w.putInt(id()).putInt(reqId).putInt(4).putLong(time).putDouble(midPoint);
        }
    }
}
