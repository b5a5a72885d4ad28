package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerMessageTest {

    private static final double U = Wire.UNSET_DOUBLE;

    @Test
    void startupMessages() {
        assertEquals(new ServerMessage.ManagedAccounts(List.of("DU1234567")),
                Vectors.roundTripServer("15|1|DU1234567|"));
        assertEquals(new ServerMessage.ManagedAccounts(List.of("DU1", "DU2")),
                Vectors.decodeServer("15|1|DU1,DU2,|", 187));
        assertEquals(new ServerMessage.NextValidId(1), Vectors.roundTripServer("9|1|1|"));
        assertEquals(new ServerMessage.CurrentTime(1752606307L), Vectors.roundTripServer("49|1|1752606307|"));
    }

    @Test
    void errorsAndTheSeedNotificationForm() {
        ServerMessage m = Vectors.roundTripServer("4|2|-1|2104|Market data farm connection is OK:usfarm||");
        assertEquals(new ServerMessage.ErrorMsg(-1, 2104, "Market data farm connection is OK:usfarm", ""), m);
        assertEquals("<error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>", m.toString());
        assertEquals(new ServerMessage.ErrorMsg(41, 202, "Order Canceled - reason:", ""),
                Vectors.roundTripServer("4|2|41|202|Order Canceled - reason:||"));
    }

    @Test
    void errorTextIsAscii7Unescaped() {
        ServerMessage.ErrorMsg m = (ServerMessage.ErrorMsg) Vectors.decodeServer("4|2|5|200|\\u8bc1\\u5238 not found||", 187);
        assertEquals("\u8bc1\u5238 not found", m.message());
        assertEquals("4|2|5|200|\\u8bc1\\u5238 not found||", Vectors.encode(m, 187));
    }

    @Test
    void position() {
        ServerMessage.Position p = (ServerMessage.Position) Vectors.roundTripServer(
                "61|3|ACCOUNT_ID|265598|AAPL|STK||0.0|||NASDAQ|USD|AAPL|NMS|-110|201.8829709|");
        assertEquals(-110.0, p.position());
        assertEquals(201.8829709, p.avgCost());
        assertEquals("NASDAQ", p.contract().exchange());
        assertEquals(265598, p.contract().conId());
        assertEquals(new ServerMessage.PositionEnd(), Vectors.roundTripServer("62|1|"));
    }

    static final String ES_DETAILS = "10|9000|ES|FUT|20250620 08:30 US/Central|20250620|0||CME|USD|ESM5|ES|ES|620731015|"
            + "0.25|50|ACTIVETIM,AD,ADJUST,ALERT,LMT,MKT,STP|CME,QBALGO|1|11004968|E-mini S&P 500||202506||||"
            + "US/Central|20250521:1700-20250522:1600;20250524:CLOSED|20250522:0830-20250522:1600;20250524:CLOSED|"
            + "||0|2147483647|ES|IND|67,67|20250620||1|1|1|0|";

    @Test
    void contractDetailsFuture() {
        assertEquals(42, Vectors.count(ES_DETAILS));
        ServerMessage.ContractData m = (ServerMessage.ContractData) Vectors.roundTripServer(ES_DETAILS);
        ContractDetails d = m.details();
        assertEquals(9000, m.reqId());
        assertEquals("20250620", d.contract().lastTradeDateOrContractMonth());
        assertEquals("08:30", d.lastTradeTime());
        assertEquals("US/Central", d.lastTradeTimeZone());
        assertEquals("20250620", d.lastTradeDate());
        assertEquals(0.25, d.minTick());
        assertEquals("50", d.contract().multiplier());
        assertEquals(620731015, d.contract().conId());
        assertEquals("CME", d.contract().exchange());
        assertEquals("US/Central", d.timeZoneId());
        assertEquals("E-mini S&P 500", d.longName());
        assertEquals(Wire.UNSET_INTEGER, d.aggGroup());
        assertEquals(U, d.evMultiplier());
        assertEquals(1.0, d.minSize());
        assertEquals(new ServerMessage.ContractDataEnd(9000), Vectors.roundTripServer("52|1|9000|"));
    }

    @Test
    void contractDetailsVersionGates() {
        ServerMessage m = Vectors.decodeServer(ES_DETAILS, 187);
        FieldWriter w = new FieldWriter();
        m.write(w, 181);
        assertEquals(40, w.fieldCount()); // no lastTradeDate, no ineligibility count
        FieldReader r = new FieldReader(w.toPayload());
        ServerMessage.ContractData back = (ServerMessage.ContractData) ServerMessage.read(r, 181);
        assertFalse(r.hasMore());
        assertEquals("", back.details().lastTradeDate());
        assertEquals(0.25, back.details().minTick());
    }

    @Test
    void contractDetailsFundFieldsOnlyForFunds() {
        Contract fund = new Contract(1, "VFIAX", "FUND", "", 0, "", "", "FUNDSERV", "", "USD", "VFIAX", "", "", "");
        ContractDetails d = ContractDetails.builder(fund).timeZoneId("US/Eastern").build();
        ServerMessage m = new ServerMessage.ContractData(5, d);
        FieldWriter w = new FieldWriter();
        m.write(w, 187);
        assertEquals(42 + ContractDetails.FUND_FIELD_COUNT, w.fieldCount());
        FieldReader r = new FieldReader(w.toPayload());
        ServerMessage.ContractData back = (ServerMessage.ContractData) ServerMessage.read(r, 187);
        assertFalse(r.hasMore());
        assertEquals(ContractDetails.FUND_FIELD_COUNT, back.details().fundFields().size());
    }

    @Test
    void marketData() {
        assertEquals(new ServerMessage.MarketDataType(1001, 1), Vectors.roundTripServer("58|1|1001|1|"));
        assertEquals(new ServerMessage.TickReqParams(1001, 0.01, "9c0001", 3),
                Vectors.roundTripServer("81|1001|0.01|9c0001|3|"));
        assertEquals(new ServerMessage.TickPrice(1001, 1, 185.49, 300, 1), Vectors.roundTripServer("1|6|1001|1|185.49|300|1|"));
        assertEquals(new ServerMessage.TickSize(1001, 8, 123456), Vectors.roundTripServer("2|6|1001|8|123456|"));
        assertEquals(new ServerMessage.TickString(1001, 48, "185.50;100;1704465000123;123456;185.4321;true"),
                Vectors.roundTripServer("46|6|1001|48|185.50;100;1704465000123;123456;185.4321;true|"));
        assertEquals(new ServerMessage.TickGeneric(1001, 49, 0), Vectors.roundTripServer("45|6|1001|49|0|"));
        assertEquals(new ServerMessage.TickSnapshotEnd(1002), Vectors.roundTripServer("57|1|1002|"));
    }

    @Test
    void tickPriceHonoursItsMessageVersion() {
        assertEquals(new ServerMessage.TickPrice(3, 4, 10.5, U, 0), Vectors.decodeServer("1|1|3|4|10.5|", 187));
        assertEquals(new ServerMessage.TickPrice(3, 4, 10.5, 7, 0), Vectors.decodeServer("1|2|3|4|10.5|7|", 187));
        assertEquals(new ServerMessage.TickPrice(3, 2, -1, 0, 0), Vectors.decodeServer("1|6|3|2|-1|0|0|", 187));
    }

    @Test
    void realTimeBar() {
        assertEquals(new ServerMessage.RealTimeBar(3001, 1704465000L, 185.5, 185.6, 185.4, 185.55, 1200, 185.51, 7),
                Vectors.roundTripServer("50|3|3001|1704465000|185.5|185.6|185.4|185.55|1200|185.51|7|"));
    }

    @Test
    void historicalDataIntraday() {
        ServerMessage.HistoricalData h = (ServerMessage.HistoricalData) Vectors.roundTripServer(
                "17|4001|20240105 09:30:00 US/Eastern|20240105 09:32:00 US/Eastern|2|20240105 09:30:00 US/Eastern|"
                        + "185.0|185.5|184.5|185.2|1000|185.1|12|20240105 09:31:00 US/Eastern|186.0|186.5|185.5|186.2|"
                        + "900|186.05|9|");
        assertEquals(2, h.bars().size());
        assertEquals(new Bar("20240105 09:31:00 US/Eastern", 186.0, 186.5, 185.5, 186.2, 900, 186.05, 9), h.bars().get(1));
    }

    @Test
    void historicalDataDailyWithTrailingZerosAndFractionalVolume() {
        ServerMessage.HistoricalData h = (ServerMessage.HistoricalData) Vectors.decodeServer(
                "17|9000|20230413  16:31:22|20230415  16:31:22|2|20230413|182.9400|186.5000|180.9400|185.9000|"
                        + "948837.22|184.869|324891|20230414|183.8800|186.2800|182.0100|185.0000|810998.27|183.9865|"
                        + "277547|", 187);
        assertEquals("20230413  16:31:22", h.startDate());
        assertEquals(new Bar("20230413", 182.94, 186.5, 180.94, 185.9, 948837.22, 184.869, 324891), h.bars().get(0));
        assertEquals(810998.27, h.bars().get(1).volume());
    }

    @Test
    void historicalDataUpdateOrderIsOpenCloseHighLowWapVolume() {
        ServerMessage.HistoricalDataUpdate u = (ServerMessage.HistoricalDataUpdate) Vectors.roundTripServer(
                "90|4002|5|1704465120|187.0|187.3|187.6|186.9|187.2|250|");
        assertEquals(new Bar("1704465120", 187.0, 187.6, 186.9, 187.3, 250, 187.2, 5), u.bar());
    }

    @Test
    void orderStatus() {
        assertEquals(new ServerMessage.OrderStatus(13, "Submitted", 40, 60, 185.5, 1376327563L, 0, 185.5, 100, "", 0),
                Vectors.roundTripServer("3|13|Submitted|40|60|185.5|1376327563|0|185.5|100||0|"));
    }

    @Test
    void surplusTrailingFieldsAreIgnored() {
        assertEquals(new ServerMessage.OrderStatus(13, "PreSubmitted", 0, 100, 0, 1376327563L, 0, 0, 100, "", 0),
                Vectors.decodeServer("3|13|PreSubmitted|0|100|0|1376327563|0|0|100||0||", 187));
        assertEquals(new ServerMessage.CommissionReport("x.01", 1.0, "USD", U, U, ""),
                Vectors.decodeServer("59|1|x.01|1.0|USD|||||", 187));
        assertEquals(new ServerMessage.NextValidId(5), Vectors.decodeServer("9|1|5|extra|more|", 187));
    }

    static final String EXEC = "11|-1|13|76792991|TSLA|STK||0.0|||ISLAND|USD|TSLA|NMS|00025b46.63f8f39c.01.01|"
            + "20230224  12:04:56|DU1234567|ISLAND|BOT|100|196.52|1376327563|100|0|100|196.52|||||2|0|";

    @Test
    void execDetails() {
        assertEquals(32, Vectors.count(EXEC));
        ServerMessage.ExecDetails e = (ServerMessage.ExecDetails) Vectors.roundTripServer(EXEC);
        assertEquals(-1, e.reqId());
        assertEquals(new Execution(13, "00025b46.63f8f39c.01.01", "20230224  12:04:56", "DU1234567", "ISLAND", "BOT",
                100, 196.52, 1376327563L, 100, 0, 100, 196.52, "", "", U, "", 2, false), e.execution());
        assertEquals("TSLA", e.contract().symbol());
        ServerMessage.ExecDetails tolerant = (ServerMessage.ExecDetails) Vectors.decodeServer(EXEC + "|", 187);
        assertEquals(e, tolerant);
        assertEquals(new ServerMessage.ExecDetailsEnd(5001), Vectors.roundTripServer("55|1|5001|"));
    }

    @Test
    void execDetailsBeforePendingPriceRevision() {
        FieldWriter w = new FieldWriter();
        Vectors.decodeServer(EXEC, 187).write(w, 177);
        assertEquals(31, w.fieldCount());
    }

    @Test
    void commissionReportWithBothSentinelSpellings() {
        ServerMessage.CommissionReport c = (ServerMessage.CommissionReport) Vectors.roundTripServer(
                "59|1|00025b46.63f8f39c.01.01|1.0|USD|1.7976931348623157E308|1.7976931348623157E308||");
        assertEquals(U, c.realizedPnl());
        ServerMessage.CommissionReport py = (ServerMessage.CommissionReport) Vectors.decodeServer(
                "59|1|e1|1.0|USD|1.7976931348623157e+308|2.5||", 187);
        assertEquals(U, py.realizedPnl());
        assertEquals(2.5, py.yield());
    }

    @Test
    void account() {
        assertEquals(new ServerMessage.UpdateAccountValue("NetLiquidation", "100000.00", "USD", "DU1234567"),
                Vectors.roundTripServer("6|2|NetLiquidation|100000.00|USD|DU1234567|"));
        ServerMessage.UpdatePortfolio p = (ServerMessage.UpdatePortfolio) Vectors.roundTripServer(
                "7|8|265598|AAPL|STK||0.0|||NASDAQ|USD|AAPL|NMS|-110|185.5|-20405.0|201.8829709|1802.12|0.0|DU1234567|");
        assertEquals("NASDAQ", p.contract().primaryExchange());
        assertEquals(-20405.0, p.marketValue());
        assertEquals(new ServerMessage.UpdateAccountTime("14:32"), Vectors.roundTripServer("8|1|14:32|"));
        assertEquals(new ServerMessage.AccountDownloadEnd("DU1234567"), Vectors.roundTripServer("54|1|DU1234567|"));
        assertEquals(new ServerMessage.AccountUpdateMulti(9, "DU1", "", "NetLiquidation", "1.0", "USD"),
                Vectors.roundTripServer("73|1|9|DU1||NetLiquidation|1.0|USD|"));
        assertEquals(new ServerMessage.AccountUpdateMultiEnd(9), Vectors.roundTripServer("74|1|9|"));
        assertEquals(new ServerMessage.OpenOrderEnd(), Vectors.roundTripServer("53|1|"));
        assertEquals(new ServerMessage.CompletedOrdersEnd(), Vectors.roundTripServer("102|"));
    }

    @Test
    void missingFieldIsAClearError() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> Vectors.decodeServer("50|3|3001|17|", 187));
        assertEquals("message 50 field 4 is missing: the message ended after 4 fields", e.getMessage());
    }

    @Test
    void badNumberIsAClearError() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> Vectors.decodeServer("9|1|abc|", 187));
        assertEquals("message 9 field 2: 'abc' is not an integer", e.getMessage());
    }

    @Test
    void unknownMessageIsKeptRaw() {
        ServerMessage m = Vectors.decodeServer("106|7|a|b|", 187);
        assertInstanceOf(ServerMessage.Unhandled.class, m);
        assertTrue(((ServerMessage.Unhandled) m).fields().contains("a"));
    }
}
