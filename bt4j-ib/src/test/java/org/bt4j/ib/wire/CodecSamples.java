package org.bt4j.ib.wire;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The fixed inputs of the differential codec suite: one or more samples of every server message
 * bt4j writes and every request bt4j's client sends, each with the first server version at which
 * it is sent. {@link #main} prints, for every sample at every framed version, bt4j's payload and
 * the sample's values as one JSON line; {@code src/test/python/gen_vectors.py} feeds the payloads
 * to IB's official decoders (server messages) or replays the values through IB's official
 * {@code EClient} (requests) and keeps the vetted payloads as {@code codec-vectors/*.txt};
 * {@link CodecVectorsTest} checks bt4j still writes exactly those. A new message type needs a sample
 * here (the test refuses a type without one), its EWrapper method in {@code SERVER} or its EClient
 * call in {@code call_request} of the generator, and regenerated vectors.
 *
 * <p>The JSON names are the record components, which are IB's own field names, so the
 * generator can set them on IB's {@code Contract}/{@code Order}/{@code ExecutionFilter} objects
 * and compare them with what IB's decoder produced.
 *
 * <p>Threading: stateless.
 */
final class CodecSamples {

    /** One input: a name unique within its direction, the first version it is sent at, the message. */
    record Sample(String name, int since, Object message) {
        byte[] payload(int version) {
            FieldWriter w = new FieldWriter();
            if (message instanceof ServerMessage m) {
                m.write(w, version);
            } else {
                ((ClientMessage) message).write(w, version);
            }
            return w.toPayload();
        }
    }

    private static final double U = Wire.UNSET_DOUBLE;

    private static final Contract AAPL = new Contract(265598, "AAPL", "STK", "", 0.0, "", "", "SMART", "NASDAQ",
            "USD", "AAPL", "NMS", "", "");
    private static final Contract ES = new Contract(620731015, "ES", "FUT", "20250620", 0.0, "", "50", "CME", "",
            "USD", "ESM5", "ES", "", "");
    private static final Contract SPY_CALL = new Contract(0, "SPY", "OPT", "20250620", 450.0, "C", "100", "SMART",
            "", "USD", "", "", "", "");
    private static final Contract EURUSD = new Contract(12087792, "EUR", "CASH", "", 0.0, "", "", "IDEALPRO", "",
            "USD", "EUR.USD", "EUR.USD", "", "");
    private static final Contract BY_ISIN = new Contract(0, "", "STK", "", 0.0, "", "", "SMART", "", "USD", "", "",
            "ISIN", "US0378331005");

    private CodecSamples() {
    }

    /** @return the server-message samples */
    static List<Sample> server() {
        List<Sample> s = new ArrayList<>();
        s.add(new Sample("error/farm", 100, new ServerMessage.ErrorMsg(-1, 2104,
                "Market data farm connection is OK:usfarm", "")));
        s.add(new Sample("error/order", 100, new ServerMessage.ErrorMsg(41, 202, "Order Canceled - reason:", "")));
        s.add(new Sample("error/accents", 100, new ServerMessage.ErrorMsg(7, 200,
                "Aucune définition de titre n'a été trouvée", "")));
        s.add(new Sample("error/json", ServerVersion.ADVANCED_ORDER_REJECT, new ServerMessage.ErrorMsg(12, 201,
                "Order rejected - reason:", "{\"rejectReason\":\"margin\"}")));
        s.add(new Sample("nextValidId", 100, new ServerMessage.NextValidId(17)));
        s.add(new Sample("managedAccounts", 100, new ServerMessage.ManagedAccounts(List.of("DU1234567", "DU7654321"))));
        s.add(new Sample("currentTime", 100, new ServerMessage.CurrentTime(1752606307L)));
        s.add(new Sample("contractData/stk", 100, new ServerMessage.ContractData(9001, stockDetails())));
        s.add(new Sample("contractData/fut", 100, new ServerMessage.ContractData(9002, futureDetails())));
        s.add(new Sample("contractData/opt", 100, new ServerMessage.ContractData(9003, optionDetails())));
        s.add(new Sample("contractDataEnd", 100, new ServerMessage.ContractDataEnd(9001)));
        s.add(new Sample("tickPrice/bid", 100, new ServerMessage.TickPrice(1001, 1, 185.49, 300, 1)));
        s.add(new Sample("tickPrice/last", 100, new ServerMessage.TickPrice(1001, 4, 185.5, 100, 0)));
        s.add(new Sample("tickPrice/close", 100, new ServerMessage.TickPrice(1001, 9, 184.25, 0, 0)));
        s.add(new Sample("tickPrice/delayedBid", 100, new ServerMessage.TickPrice(1001, 66, 185.48, 200, 0)));
        s.add(new Sample("tickPrice/delayedLast", 100, new ServerMessage.TickPrice(1001, 68, 185.52, 3, 0)));
        s.add(new Sample("tickSize/volume", 100, new ServerMessage.TickSize(1001, 8, 123456)));
        s.add(new Sample("tickSize/delayedVolume", 100, new ServerMessage.TickSize(1001, 74, 98765.5)));
        s.add(new Sample("tickString/lastTimestamp", 100, new ServerMessage.TickString(1001, 45, "1704465000")));
        s.add(new Sample("tickString/rtVolume", 100, new ServerMessage.TickString(1001, 48,
                "185.50;100;1704465000123;123456;185.4321;true")));
        s.add(new Sample("tickGeneric/halted", 100, new ServerMessage.TickGeneric(1001, 49, 0)));
        s.add(new Sample("tickReqParams", ServerVersion.REQ_SMART_COMPONENTS,
                new ServerMessage.TickReqParams(1001, 0.01, "9c0001", 3)));
        s.add(new Sample("tickSnapshotEnd", 100, new ServerMessage.TickSnapshotEnd(1002)));
        s.add(new Sample("marketDataType", 100, new ServerMessage.MarketDataType(1001, 3)));
        s.add(new Sample("realtimeBar", 100, new ServerMessage.RealTimeBar(3001, 1704465000L, 185.5, 185.6, 185.4,
                185.55, 1200, 185.51, 7)));
        s.add(new Sample("historicalData/intraday", 100, new ServerMessage.HistoricalData(4001,
                "20240105 09:30:00 US/Eastern", "20240105 09:32:00 US/Eastern", List.of(
                        new Bar("20240105 09:30:00 US/Eastern", 185.0, 185.5, 184.5, 185.2, 1000, 185.1, 12),
                        new Bar("20240105 09:31:00 US/Eastern", 186.0, 186.5, 185.5, 186.2, 900, 186.05, 9)))));
        s.add(new Sample("historicalData/daily", 100, new ServerMessage.HistoricalData(4002, "20230413  16:31:22",
                "20230415  16:31:22", List.of(
                        new Bar("20230413", 182.94, 186.5, 180.94, 185.9, 948837.22, 184.869, 324891),
                        new Bar("20230414", 183.88, 186.28, 182.01, 185.0, 810998.27, 183.9865, 277547)))));
        s.add(new Sample("historicalDataUpdate", ServerVersion.SYNT_REALTIME_BARS,
                new ServerMessage.HistoricalDataUpdate(4003, new Bar("1704465120", 187.0, 187.6, 186.9, 187.3, 250,
                        187.2, 5))));
        for (Sample o : orders()) {
            PlacedOrder p = (PlacedOrder) o.message();
            s.add(new Sample("openOrder/" + o.name(), o.since(), new ServerMessage.OpenOrder(p.contract(),
                    p.order().toBuilder().orderId(p.orderId()).clientId(7).permId(1376327563L).build(),
                    new OrderState("Submitted", 1.0, U, U, "USD", "", U, "", ""))));
        }
        for (Sample o : orders()) {
            PlacedOrder p = (PlacedOrder) o.message();
            s.add(new Sample("completedOrder/" + o.name(), Math.max(o.since(), ServerVersion.COMPLETED_ORDERS),
                    new ServerMessage.CompletedOrder(p.contract(), p.order().toBuilder().orderId(0).permId(1376327564L).build(),
                            new OrderState("Filled", U, U, U, "", "", p.order().totalQuantity(),
                                    "20240105 10:31:02 America/New_York", "Filled Size: 100"))));
        }
        s.add(new Sample("openOrder/presubmittedWarning", 100, new ServerMessage.OpenOrder(AAPL,
                Order.builder().orderId(13).clientId(7).permId(1376327565L).action("SELL").totalQuantity(5)
                        .orderType("MKT").build(),
                new OrderState("PreSubmitted", U, U, U, "", "Order held while securities are located", U, "", ""))));
        s.add(new Sample("openOrderEnd", 100, new ServerMessage.OpenOrderEnd()));
        s.add(new Sample("orderStatus/partial", 100, new ServerMessage.OrderStatus(13, "Submitted", 40, 60, 185.5,
                1376327563L, 0, 185.5, 7, "", 0.0)));
        s.add(new Sample("orderStatus/filled", 100, new ServerMessage.OrderStatus(14, "Filled", 100, 0, 185.25,
                1376327566L, 13, 185.0, 7, "locate", 0.0)));
        s.add(new Sample("execDetails", 100, new ServerMessage.ExecDetails(-1, AAPL, new Execution(13,
                "00025b46.63f8f39c.01.01", "20230224  12:04:56", "DU1234567", "ISLAND", "BOT", 100, 196.52,
                1376327563L, 7, 0, 100, 196.52, "ref-1", "", U, "", 2, false))));
        s.add(new Sample("execDetails/requested", 100, new ServerMessage.ExecDetails(5001, ES, new Execution(14,
                "0000e0d5.6575b6c0.01.01", "20240105 10:31:02 US/Eastern", "DU1234567", "CME", "SLD", 2, 4801.25,
                1376327567L, 7, 1, 3, 4801.5, "", "aussieBond", 1.5, "model1", 1, true))));
        s.add(new Sample("execDetailsEnd", 100, new ServerMessage.ExecDetailsEnd(5001)));
        s.add(new Sample("commissionReport", 100, new ServerMessage.CommissionReport("00025b46.63f8f39c.01.01", 1.0,
                "USD", U, U, "")));
        s.add(new Sample("commissionReport/realized", 100, new ServerMessage.CommissionReport(
                "0000e0d5.6575b6c0.01.01", 2.25, "USD", 152.5, U, "20301231")));
        s.add(new Sample("updateAccountValue", 100, new ServerMessage.UpdateAccountValue("NetLiquidation",
                "100000.00", "USD", "DU1234567")));
        s.add(new Sample("updatePortfolio", 100, new ServerMessage.UpdatePortfolio(AAPL, -110, 185.5, -20405.0,
                201.8829709, 1802.12, 0.0, "DU1234567")));
        s.add(new Sample("updateAccountTime", 100, new ServerMessage.UpdateAccountTime("14:32")));
        s.add(new Sample("accountDownloadEnd", 100, new ServerMessage.AccountDownloadEnd("DU1234567")));
        s.add(new Sample("accountUpdateMulti", 100, new ServerMessage.AccountUpdateMulti(9005, "DU1234567", "",
                "CashBalance", "100000.00", "USD")));
        s.add(new Sample("accountUpdateMultiEnd", 100, new ServerMessage.AccountUpdateMultiEnd(9005)));
        s.add(new Sample("position", 100, new ServerMessage.Position("DU1234567", AAPL, -110, 201.8829709)));
        s.add(new Sample("position/fractional", ServerVersion.FRACTIONAL_POSITIONS,
                new ServerMessage.Position("DU1234567", ES, 2.5, 4801.125)));
        s.add(new Sample("positionEnd", 100, new ServerMessage.PositionEnd()));
        s.add(new Sample("completedOrdersEnd", ServerVersion.COMPLETED_ORDERS, new ServerMessage.CompletedOrdersEnd()));
        s.add(new Sample("accountSummary", 100, new ServerMessage.AccountSummary(9006, "DU1234567", "NetLiquidation",
                "1000000.00", "USD")));
        s.add(new Sample("accountSummary/noCurrency", 100, new ServerMessage.AccountSummary(9006, "DU1234567",
                "AccountType", "INDIVIDUAL", "")));
        s.add(new Sample("accountSummaryEnd", 100, new ServerMessage.AccountSummaryEnd(9006)));
        s.add(new Sample("pnl", ServerVersion.PNL, new ServerMessage.PnL(9007, 1250.5, 1000.25, 250.25)));
        s.add(new Sample("pnlSingle", ServerVersion.PNL, new ServerMessage.PnLSingle(9008, 3200, 412.0, 400.0, 12.0,
                593600.0)));
        s.add(new Sample("securityDefinitionOptionParameter", ServerVersion.SEC_DEF_OPT_PARAMS_REQ,
                new ServerMessage.SecDefOptParameter(9009, "SMART", 265598, "AAPL", "100",
                        List.of("20240119", "20240216"), List.of(180.0, 185.0, 190.0))));
        s.add(new Sample("securityDefinitionOptionParameterEnd", ServerVersion.SEC_DEF_OPT_PARAMS_REQ,
                new ServerMessage.SecDefOptParameterEnd(9009)));
        s.add(new Sample("headTimestamp", ServerVersion.REQ_HEAD_TIMESTAMP,
                new ServerMessage.HeadTimestamp(9010, "20040102-14:30:00")));
        s.add(new Sample("symbolSamples", ServerVersion.REQ_MATCHING_SYMBOLS, new ServerMessage.SymbolSamples(9011,
                List.of(new ServerMessage.ContractDescription(265598, "AAPL", "STK", "NASDAQ", "USD", List.of("OPT", "WAR"),
                        "APPLE INC"), new ServerMessage.ContractDescription(416904, "SPX", "IND", "CBOE", "USD", List.of(),
                        "S&P 500 Stock Index")))));
        s.add(new Sample("marketRule", ServerVersion.MARKET_RULES, new ServerMessage.MarketRule(32, List.of(
                new ServerMessage.PriceIncrement(0, 0.01), new ServerMessage.PriceIncrement(3, 0.05)))));
        s.add(new Sample("updateMktDepthL2", 100, new ServerMessage.UpdateMktDepthL2(9012, 0, "NASDAQ", 0, 1, 185.49,
                300, false)));
        s.add(new Sample("updateMktDepthL2/smart", ServerVersion.SMART_DEPTH, new ServerMessage.UpdateMktDepthL2(9012, 2,
                "ARCA", 1, 0, 185.53, 1200, true)));
        s.add(new Sample("historicalTicks", ServerVersion.HISTORICAL_TICKS, new ServerMessage.HistoricalTicks(9013,
                List.of(new ServerMessage.HistoricalTick(1704465000L, 185.495, 0),
                        new ServerMessage.HistoricalTick(1704465001L, 185.5, 0)), true)));
        s.add(new Sample("historicalTicksBidAsk", ServerVersion.HISTORICAL_TICKS, new ServerMessage.HistoricalTicksBidAsk(
                9014, List.of(new ServerMessage.HistoricalTickBidAsk(1704465000L, 0, 185.49, 185.5, 300, 200)), true)));
        s.add(new Sample("historicalTicksLast", ServerVersion.HISTORICAL_TICKS, new ServerMessage.HistoricalTicksLast(
                9015, List.of(new ServerMessage.HistoricalTickLast(1704465000L, 0, 185.5, 100, "NASDAQ", ""),
                        new ServerMessage.HistoricalTickLast(1704465002L, 0, 185.51, 35.5, "ARCA", "")), true)));
        s.add(new Sample("tickByTick/allLast", ServerVersion.TICK_BY_TICK, new ServerMessage.TickByTickAllLast(9016, 2,
                1704465000L, 185.5, 100, 0, "NASDAQ", "")));
        s.add(new Sample("tickByTick/bidAsk", ServerVersion.TICK_BY_TICK, new ServerMessage.TickByTickBidAsk(9017,
                1704465000L, 185.49, 185.5, 300, 200, 0)));
        s.add(new Sample("tickByTick/midPoint", ServerVersion.TICK_BY_TICK, new ServerMessage.TickByTickMidPoint(9018,
                1704465000L, 185.495)));
        return s;
    }

    /** @return the request samples */
    static List<Sample> client() {
        List<Sample> s = new ArrayList<>();
        s.add(new Sample("startApi", 100, new ClientMessage.StartApi(7, "")));
        s.add(new Sample("reqCurrentTime", 100, new ClientMessage.ReqCurrentTime()));
        s.add(new Sample("reqIds", 100, new ClientMessage.ReqIds(1)));
        s.add(new Sample("reqManagedAccts", 100, new ClientMessage.ReqManagedAccts()));
        s.add(new Sample("reqContractDetails/stk", 100, new ClientMessage.ReqContractDetails(9001,
                Contract.of("AAPL", "STK", "SMART", "USD"), false, "")));
        s.add(new Sample("reqContractDetails/fut", 100, new ClientMessage.ReqContractDetails(9002,
                new Contract(0, "ES", "FUT", "202506", 0.0, "", "50", "CME", "", "USD", "", "", "", ""), true, "")));
        s.add(new Sample("reqContractDetails/isin", 100, new ClientMessage.ReqContractDetails(9003, BY_ISIN, false,
                "")));
        s.add(new Sample("reqMktData/rtVolume", 100, new ClientMessage.ReqMktData(1001,
                Contract.of("AAPL", "STK", "SMART", "USD"), "233", false, false)));
        s.add(new Sample("reqMktData/snapshot", 100, new ClientMessage.ReqMktData(1002, EURUSD, "", true, false)));
        s.add(new Sample("reqMktData/option", 100, new ClientMessage.ReqMktData(1003, SPY_CALL, "100,101", false,
                false)));
        s.add(new Sample("reqMktData/combo", 100, new ClientMessage.ReqMktData(1004,
                new Contract(0, "SPY", "BAG", "", 0.0, "", "", "SMART", "", "USD", "", "", "", ""), "", false, false)));
        s.add(new Sample("cancelMktData", 100, new ClientMessage.CancelMktData(1001)));
        s.add(new Sample("reqMarketDataType", 100, new ClientMessage.ReqMarketDataType(3)));
        s.add(new Sample("reqRealTimeBars", 100, new ClientMessage.ReqRealTimeBars(3001,
                Contract.of("AAPL", "STK", "SMART", "USD"), 5, "TRADES", true)));
        s.add(new Sample("cancelRealTimeBars", 100, new ClientMessage.CancelRealTimeBars(3001)));
        s.add(new Sample("reqHistoricalData/intraday", 100, new ClientMessage.ReqHistoricalData(4001,
                Contract.of("AAPL", "STK", "SMART", "USD"), false, "20240105 16:00:00 US/Eastern", "1 min", "1 D",
                true, "TRADES", 1, false)));
        s.add(new Sample("reqHistoricalData/keepUpToDate", ServerVersion.SYNT_REALTIME_BARS,
                new ClientMessage.ReqHistoricalData(4002, Contract.of("AAPL", "STK", "SMART", "USD"), false, "",
                        "5 secs", "3600 S", false, "MIDPOINT", 2, true)));
        s.add(new Sample("reqHistoricalData/expiredFuture", 100, new ClientMessage.ReqHistoricalData(4003, ES, true,
                "20240105-21:00:00", "1 day", "1 Y", true, "TRADES", 1, false)));
        s.add(new Sample("cancelHistoricalData", 100, new ClientMessage.CancelHistoricalData(4002)));
        for (Sample o : orders()) {
            // IB's client refuses every order below 111: its unset cashQty counts as "given"
            PlacedOrder p = (PlacedOrder) o.message();
            s.add(new Sample("placeOrder/" + o.name(), Math.max(o.since(), ServerVersion.CASH_QTY),
                    new ClientMessage.PlaceOrder(p.orderId(), p.contract(), p.order())));
        }
        s.add(new Sample("cancelOrder", 100, new ClientMessage.CancelOrder(11, "")));
        s.add(new Sample("cancelOrder/manualTime", ServerVersion.MANUAL_ORDER_TIME,
                new ClientMessage.CancelOrder(12, "20240105 10:31:02")));
        s.add(new Sample("reqGlobalCancel", 100, new ClientMessage.ReqGlobalCancel()));
        s.add(new Sample("reqOpenOrders", 100, new ClientMessage.ReqOpenOrders()));
        s.add(new Sample("reqAllOpenOrders", 100, new ClientMessage.ReqAllOpenOrders()));
        s.add(new Sample("reqAutoOpenOrders", 100, new ClientMessage.ReqAutoOpenOrders(true)));
        s.add(new Sample("reqCompletedOrders", ServerVersion.COMPLETED_ORDERS,
                new ClientMessage.ReqCompletedOrders(false)));
        s.add(new Sample("reqAccountUpdates", 100, new ClientMessage.ReqAccountUpdates(true, "DU1234567")));
        s.add(new Sample("reqAccountUpdates/stop", 100, new ClientMessage.ReqAccountUpdates(false, "DU1234567")));
        s.add(new Sample("reqAccountUpdatesMulti", ServerVersion.MODELS_SUPPORT, new ClientMessage.ReqAccountUpdatesMulti(9005, "DU1234567",
                "", true)));
        s.add(new Sample("cancelAccountUpdatesMulti", ServerVersion.MODELS_SUPPORT, new ClientMessage.CancelAccountUpdatesMulti(9005)));
        s.add(new Sample("reqPositions", 100, new ClientMessage.ReqPositions()));
        s.add(new Sample("cancelPositions", 100, new ClientMessage.CancelPositions()));
        s.add(new Sample("reqExecutions/all", 100, new ClientMessage.ReqExecutions(5001,
                new ExecutionFilter(0, "", "", "", "", "", ""))));
        s.add(new Sample("reqExecutions/filtered", 100, new ClientMessage.ReqExecutions(5002,
                new ExecutionFilter(7, "DU1234567", "20240105-09:30:00", "AAPL", "STK", "SMART", "BUY"))));
        Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
        s.add(new Sample("reqAccountSummary", 100, new ClientMessage.ReqAccountSummary(9006, "All",
                "NetLiquidation,TotalCashValue,$LEDGER")));
        s.add(new Sample("cancelAccountSummary", 100, new ClientMessage.CancelAccountSummary(9006)));
        s.add(new Sample("reqPnL", ServerVersion.PNL, new ClientMessage.ReqPnL(9007, "DU1234567", "")));
        s.add(new Sample("cancelPnL", ServerVersion.PNL, new ClientMessage.CancelPnL(9007)));
        s.add(new Sample("reqPnLSingle", ServerVersion.PNL, new ClientMessage.ReqPnLSingle(9008, "DU1234567", "", 265598)));
        s.add(new Sample("cancelPnLSingle", ServerVersion.PNL, new ClientMessage.CancelPnLSingle(9008)));
        s.add(new Sample("reqSecDefOptParams", ServerVersion.SEC_DEF_OPT_PARAMS_REQ,
                new ClientMessage.ReqSecDefOptParams(9009, "AAPL", "", "STK", 265598)));
        s.add(new Sample("reqMatchingSymbols", ServerVersion.REQ_MATCHING_SYMBOLS,
                new ClientMessage.ReqMatchingSymbols(9011, "AA")));
        s.add(new Sample("reqHeadTimestamp", ServerVersion.REQ_HEAD_TIMESTAMP,
                new ClientMessage.ReqHeadTimestamp(9010, aapl, false, true, "TRADES", 1)));
        s.add(new Sample("cancelHeadTimestamp", ServerVersion.CANCEL_HEADTIMESTAMP,
                new ClientMessage.CancelHeadTimestamp(9010)));
        s.add(new Sample("reqMarketRule", ServerVersion.MARKET_RULES, new ClientMessage.ReqMarketRule(26)));
        s.add(new Sample("reqMktDepth", 100, new ClientMessage.ReqMktDepth(9012, aapl, 5, false)));
        s.add(new Sample("reqMktDepth/smart", ServerVersion.SMART_DEPTH, new ClientMessage.ReqMktDepth(9012, aapl, 10, true)));
        s.add(new Sample("cancelMktDepth", 100, new ClientMessage.CancelMktDepth(9012, false)));
        s.add(new Sample("reqHistoricalTicks", ServerVersion.HISTORICAL_TICKS, new ClientMessage.ReqHistoricalTicks(9013,
                aapl, false, "", "20240105 16:00:00 US/Eastern", 100, "TRADES", true, true)));
        s.add(new Sample("reqTickByTickData", ServerVersion.TICK_BY_TICK_IGNORE_SIZE, new ClientMessage.ReqTickByTickData(9016, aapl,
                "AllLast", 0, false)));
        s.add(new Sample("cancelTickByTickData", ServerVersion.TICK_BY_TICK, new ClientMessage.CancelTickByTickData(9016)));
        s.add(new Sample("reqFundamentalData", 100, new ClientMessage.ReqFundamentalData(9019, aapl, "ReportsFinSummary")));
        s.add(new Sample("cancelFundamentalData", 100, new ClientMessage.CancelFundamentalData(9019)));
        return s;
    }

    /** An order as a client places it: the samples of placeOrder, openOrder and completedOrder. */
    private record PlacedOrder(int orderId, Contract contract, Order order) {
    }

    /** Orders of every type and flag bt4j's broker uses. */
    private static List<Sample> orders() {
        List<Sample> s = new ArrayList<>();
        Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
        order(s, "mkt", 100, 21, aapl, Order.builder().action("BUY").totalQuantity(100).orderType("MKT"));
        order(s, "lmt", 100, 22, aapl, Order.builder().action("SELL").totalQuantity(100).orderType("LMT")
                .lmtPrice(187.25).tif("GTC").outsideRth(true));
        order(s, "stp", 100, 23, aapl, Order.builder().action("SELL").totalQuantity(50).orderType("STP")
                .auxPrice(180.0).triggerMethod(2));
        order(s, "stpLmt", 100, 24, aapl, Order.builder().action("BUY").totalQuantity(10).orderType("STP LMT")
                .lmtPrice(191.0).auxPrice(190.5).tif("GTD").goodTillDate("20240112 16:00:00 US/Eastern"));
        order(s, "moc", 100, 25, aapl, Order.builder().action("SELL").totalQuantity(100).orderType("MOC"));
        order(s, "trailAmount", 100, 26, aapl, Order.builder().action("SELL").totalQuantity(100).orderType("TRAIL")
                .auxPrice(1.5).trailStopPrice(183.5));
        order(s, "trailPercent", 100, 27, aapl, Order.builder().action("SELL").totalQuantity(100)
                .orderType("TRAIL").trailingPercent(2.0));
        order(s, "trailLimit", 100, 28, aapl, Order.builder().action("BUY").totalQuantity(100)
                .orderType("TRAIL LIMIT").lmtPrice(186.0).auxPrice(1.0).trailStopPrice(187.0));
        order(s, "bracketParent", 100, 29, aapl, Order.builder().action("BUY").totalQuantity(100).orderType("LMT")
                .lmtPrice(185.0).transmit(false).orderRef("bracket-1").account("DU1234567"));
        order(s, "bracketStop", 100, 30, aapl, Order.builder().action("SELL").totalQuantity(100).orderType("STP")
                .auxPrice(180.0).parentId(29).transmit(false).ocaGroup("oca-29").ocaType(1));
        order(s, "bracketTarget", 100, 31, aapl, Order.builder().action("SELL").totalQuantity(100).orderType("LMT")
                .lmtPrice(195.0).parentId(29).ocaGroup("oca-29").ocaType(1));
        order(s, "hiddenGat", 100, 32, aapl, Order.builder().action("BUY").totalQuantity(300).orderType("LMT")
                .lmtPrice(184.0).hidden(true).goodAfterTime("20240105 10:00:00 US/Eastern").openClose("O")
                .origin(0));
        order(s, "whatIf", 100, 33, aapl, Order.builder().action("BUY").totalQuantity(1000).orderType("MKT")
                .whatIf(true));
        order(s, "fractional", ServerVersion.FRACTIONAL_SIZE_SUPPORT, 34, aapl, Order.builder().action("BUY")
                .totalQuantity(0.5).orderType("MKT"));
        order(s, "future", 100, 35, ES, Order.builder().action("BUY").totalQuantity(2).orderType("LMT")
                .lmtPrice(4800.25).tif("IOC"));
        order(s, "option", 100, 36, SPY_CALL, Order.builder().action("SELL").totalQuantity(3).orderType("LMT")
                .lmtPrice(2.35));
        order(s, "forex", 100, 37, EURUSD, Order.builder().action("BUY").totalQuantity(20000).orderType("LMT")
                .lmtPrice(1.0935).tif("DAY"));
        order(s, "smallPrice", 100, 38, aapl, Order.builder().action("BUY").totalQuantity(100000).orderType("LMT")
                .lmtPrice(0.0005));
        order(s, "shortOpening", 100, 39, aapl, Order.builder().action("SSHORT").totalQuantity(100).orderType("MKT")
                .tif("OPG").origin(1).openClose("O"));
        order(s, "limitOnClose", 100, 40, aapl, Order.builder().action("SELL").totalQuantity(100).orderType("LOC")
                .lmtPrice(185.5));
        Contract ats = Contract.of("AAPL", "STK", "IBKRATS", "USD");
        order(s, "pegMidAts", ServerVersion.PEGBEST_PEGMID_OFFSETS, 41, ats, Order.builder().action("BUY")
                .totalQuantity(100).orderType("PEG MID").lmtPrice(186.0));
        order(s, "pegBestAts", ServerVersion.PEGBEST_PEGMID_OFFSETS, 42, ats, Order.builder().action("SELL")
                .totalQuantity(100).orderType("PEG BEST").lmtPrice(185.0));
        order(s, "largeQuantity", 100, 43, EURUSD, Order.builder().action("SELL").totalQuantity(25_000_000)
                .orderType("LMT").lmtPrice(12345678.5));
        return s;
    }

    private static void order(List<Sample> s, String name, int since, int orderId, Contract c, Order.Builder b) {
        s.add(new Sample(name, since, new PlacedOrder(orderId, c, b.orderId(orderId).build())));
    }

    private static ContractDetails stockDetails() {
        return ContractDetails.builder(AAPL).marketName("NMS").minTick(0.01)
                .orderTypes("ACTIVETIM,AD,ADJUST,ALERT,LMT,MKT,MOC,STP,STPLMT,TRAIL,TRAILLMT")
                .validExchanges("SMART,AMEX,NYSE,ISLAND").longName("APPLE INC").industry("Technology")
                .category("Computers").subcategory("Computers").timeZoneId("US/Eastern")
                .tradingHours("20240105:0400-20240105:2000;20240106:CLOSED")
                .liquidHours("20240105:0930-20240105:1600;20240106:CLOSED").aggGroup(1).marketRuleIds("26,26,26,26")
                .stockType("COMMON").minSize(0.0001).sizeIncrement(0.0001).suggestedSizeIncrement(100)
                .addSecId("ISIN", "US0378331005").build();
    }

    private static ContractDetails optionDetails() {
        Contract c = new Contract(684383470, "SPY", "OPT", "20250620", 450.0, "C", "100", "SMART", "", "USD",
                "SPY   250620C00450000", "SPY", "", "");
        return ContractDetails.builder(c).marketName("SPY").minTick(0.01).orderTypes("LMT,MKT")
                .validExchanges("SMART,CBOE,ISE").underConId(756733).longName("SPDR S&P 500 ETF TRUST")
                .contractMonth("202506").timeZoneId("US/Eastern").tradingHours("20250620:0930-20250620:1615")
                .liquidHours("20250620:0930-20250620:1615").underSymbol("SPY").underSecType("STK")
                .marketRuleIds("32,109,109").realExpirationDate("20250620").lastTradeTime("16:00")
                .lastTradeDate("20250620").minSize(1).sizeIncrement(1).suggestedSizeIncrement(1).build();
    }

    private static ContractDetails futureDetails() {
        return ContractDetails.builder(ES).marketName("ES").minTick(0.25).orderTypes("LMT,MKT,STP")
                .validExchanges("CME,QBALGO").underConId(11004968).longName("E-mini S&P 500").contractMonth("202506")
                .timeZoneId("US/Central").tradingHours("20250619:1700-20250620:0830")
                .liquidHours("20250620:0830-20250620:0830").aggGroup(2147483647).underSymbol("ES")
                .underSecType("IND").marketRuleIds("67,67").realExpirationDate("20250620").lastTradeTime("08:30")
                .lastTradeTimeZone("US/Central").lastTradeDate("20250620").minSize(1).sizeIncrement(1)
                .suggestedSizeIncrement(1).build();
    }

    /**
     * Prints one JSON line per sample and framed version:
     * {@code {"dir":"S"|"C","name":…,"v":…,"type":…,"payload":hex,"value":{…}}}.
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        print(out, "S", server());
        print(out, "C", client());
        out.flush();
    }

    private static void print(PrintStream out, String dir, List<Sample> samples) {
        for (Sample s : samples) {
            String value = json(s.message());
            for (int v = Math.max(s.since(), ServerVersion.MIN_FRAMED); v <= ServerVersion.MAX; v++) {
                out.println("{\"dir\":\"" + dir + "\",\"name\":" + quote(s.name()) + ",\"v\":" + v + ",\"type\":"
                        + quote(s.message().getClass().getSimpleName()) + ",\"payload\":\""
                        + HexFormat.of().formatHex(s.payload(v)) + "\",\"value\":" + value + "}");
            }
        }
    }

    /** Records as objects of their components, lists as arrays; numbers in Java's notation (valid JSON). */
    static String json(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof String str) {
            return quote(str);
        }
        if (o instanceof Boolean || o instanceof Integer || o instanceof Long) {
            return o.toString();
        }
        if (o instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("not representable in JSON: " + d);
            }
            return d.toString();
        }
        if (o instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object e : list) {
                sb.append(sb.length() > 1 ? "," : "").append(json(e));
            }
            return sb.append(']').toString();
        }
        if (o.getClass().isRecord()) {
            StringBuilder sb = new StringBuilder("{");
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                try {
                    sb.append(sb.length() > 1 ? "," : "").append(quote(c.getName())).append(':')
                            .append(json(c.getAccessor().invoke(o)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sb.append('}').toString();
        }
        throw new IllegalArgumentException("no JSON form for " + o.getClass());
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
