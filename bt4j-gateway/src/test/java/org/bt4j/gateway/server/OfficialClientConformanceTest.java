package org.bt4j.gateway.server;

import static org.bt4j.gateway.server.RawSession.fields;
import static org.bt4j.gateway.server.RawSession.show;
import static org.junit.jupiter.api.Assertions.*;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interoperability without the official clients (they cannot be installed here): replays, byte for
 * byte, what IB's Python client 10.30 (v100..187), its 10.19-era predecessor (..177) and ib_insync
 * 0.9.86 (v157..178) send on connect and in their common requests, as the protocol reference
 * records them (tws-protocol.md §0.2, §5, §6), and checks the gateway's replies field by field,
 * without bt4j's codec on the client side.
 */
class OfficialClientConformanceTest {

    /** The official client's handshake: {@code API\0}, length 9, {@code v100..187}. */
    static final byte[] HELLO_10_30 = HexFormat.of().parseHex("4150490000000009763130302e2e313837");
    /** START_API for clientId 7 as the official client frames it. */
    static final byte[] START_API_7 = HexFormat.of().parseHex("000000083731003200370000");

    final SimulatedClock clock = SimulatedClock.at("2024-01-05T22:00:00Z"); // Friday 17:00 New York, after the close
    Gateway gw;

    @BeforeEach
    void start() {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(3).statePath(null).build());
    }

    @AfterEach
    void stop() {
        gw.close();
    }

    static byte[] hello(String range) {
        byte[] v = range.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[8 + v.length];
        out[0] = 'A';
        out[1] = 'P';
        out[2] = 'I';
        out[7] = (byte) v.length;
        System.arraycopy(v, 0, out, 8, v.length);
        return out;
    }

    /** Connects like the official client; returns the session after the five start-up messages. */
    RawSession official() throws IOException {
        RawSession s = new RawSession(gw.port());
        s.write(HELLO_10_30);
        String[] reply = s.read();
        assertArrayEquals(new String[] {"187", "20240105 17:00:00 EST"}, reply, "exactly two fields: version, time");
        assertTrue(s.silentFor(300), "nothing may follow the handshake reply before START_API");
        s.write(START_API_7);
        assertEquals("15|1|DU1234567|", show(s.read()));
        assertEquals("9|1|1|", show(s.read()));
        assertEquals("4|2|-1|2104|Market data farm connection is OK:usfarm||", show(s.read()));
        assertEquals("4|2|-1|2106|HMDS data farm connection is OK:ushmds||", show(s.read()));
        assertEquals("4|2|-1|2158|Sec-def data farm connection is OK:secdefnj||", show(s.read()));
        return s;
    }

    @Test
    void officialClientHandshakeAndStartUp() throws IOException {
        try (RawSession s = official()) {
            s.send("49|1|");
            assertEquals("49|1|1704492000|", show(s.await(49)));
            s.send("8|1|1|");
            assertEquals("9|1|1|", show(s.await(9)));
        }
    }

    @Test
    void olderClientsNegotiateTheirOwnMaximumDownToTheFirstFramedVersion() throws IOException {
        try (RawSession s = new RawSession(gw.port())) {
            s.write(hello("v100..177"));
            assertEquals("177", s.read()[0], "IB's 10.19-era client");
        }
        try (RawSession s = new RawSession(gw.port())) {
            s.write(hello("v157..178"));
            assertEquals("178", s.read()[0], "ib_insync 0.9.86");
        }
        try (RawSession s = new RawSession(gw.port())) {
            s.write(hello("v100..175"));
            assertEquals("175", s.read()[0], "any framed version down to 100");
        }
        try (RawSession s = new RawSession(gw.port())) {
            s.write(hello("v100..100"));
            assertEquals("100", s.read()[0], "the first framed version");
        }
        try (RawSession s = new RawSession(gw.port())) {
            s.write(hello("v188..213"));
            assertThrows(EOFException.class, s::read, "a client whose minimum is above 187 is closed without a reply");
        }
    }

    @Test
    void contractDetailsAsTheOfficialDecoderReadsThem() throws IOException {
        try (RawSession s = official()) {
            s.send("9|8|9001|0|AAPL|STK||0.0|||SMART||USD|||0||||");
            String[] d = s.await(10);
            assertEquals(42, d.length, "a STK contractDetails at 187 has 42 fields: " + show(d));
            assertEquals("9001", d[1]);
            assertEquals("AAPL", d[2]);
            assertEquals("STK", d[3]);
            assertEquals("SMART", d[8]);
            assertEquals("USD", d[9]);
            assertEquals("AAPL", d[10]);
            assertEquals("NMS", d[12]);
            assertEquals("265598", d[13]);
            assertEquals("0.01", d[14]);
            assertEquals("NASDAQ", d[21], "primaryExchange");
            assertEquals("US/Eastern", d[26], "timeZoneId");
            assertTrue(d[27].matches("(\\d{8}:(\\d{4}-\\d{8}:\\d{4}|CLOSED);?)+"), "tradingHours " + d[27]);
            assertTrue(d[28].contains("20240105:0930-20240105:1600"), "liquidHours " + d[28]);
            assertEquals("0", d[31], "secIdCount");
            assertEquals("0", d[41], "ineligibilityCount");
            assertEquals("52|1|9001|", show(s.await(52)));
            s.send("9|8|9002|0|NOPE|STK||0.0|||SMART||USD|||0||||");
            assertEquals("4|2|9002|200|No security definition has been found for the request||", show(s.await(4,
                    f -> f[2].equals("9002"))));
        }
    }

    @Test
    void marketDataWithRtVolume() throws IOException {
        try (RawSession s = official()) {
            s.send("1|11|1001|0|AAPL|STK||0.0|||SMART||USD|||0|233|0|0||");
            assertEquals("58|1|1001|1|", show(s.await(58)));
            assertEquals("81|1001|0.01|9c0001|3|", show(s.await(81)));
            for (String type : new String[] {"1", "2", "4"}) {
                String[] t = s.await(1, f -> f[3].equals(type));
                assertEquals(7, t.length, show(t));
                assertEquals("6", t[1], "tickPrice version 6");
                Double.parseDouble(t[4]);
                Double.parseDouble(t[5]);
            }
            s.send("49|1|");
            s.await(49);
            gw.advance(Duration.ofSeconds(5));
            String[] rt = s.await(46, f -> f[3].equals("48"));
            assertEquals(5, rt.length);
            String[] v = rt[4].split(";", -1);
            assertEquals(6, v.length, rt[4]);
            assertTrue(Long.parseLong(v[2]) > 1_704_492_000_000L, "epoch millis after the clock's start");
            assertEquals("true", v[5]);
            s.send("2|2|1001|");
        }
    }

    @Test
    void historicalBarsInBothDateFormatsAndKeepUpToDate() throws IOException {
        try (RawSession s = official()) {
            s.send("20|4001|0|AAPL|STK||0.0|||SMART||USD|||0|20240105 16:00:00 US/Eastern|1 min|1 D|1|TRADES|1|0||");
            String[] h = s.await(17);
            assertEquals("4001", h[1]);
            assertEquals("390", h[4]);
            assertEquals(5 + 390 * 8, h.length, "start, end, count, then 8 fields per bar");
            assertEquals("20240105 09:30:00 US/Eastern", h[5]);
            assertEquals("20240105 15:59:00 US/Eastern", h[5 + 389 * 8]);
            for (int i = 0; i < 390; i++) {
                for (int k = 1; k <= 7; k++) {
                    Double.parseDouble(h[5 + i * 8 + k]);
                }
            }
            s.send("20|4002|0|AAPL|STK||0.0|||SMART||USD|||0||5 secs|3600 S|0|MIDPOINT|2|1||");
            String[] k = s.await(17, f -> f[1].equals("4002"));
            int n = Integer.parseInt(k[4]);
            assertEquals(5 + n * 8, k.length);
            assertTrue(n > 500 && n <= 720, "an hour of 5-second bars (empty ones omitted, as TWS does): " + n);
            long prev = 1_704_492_000L - 3600 - 5;
            for (int i = 0; i < n; i++) {
                long t = Long.parseLong(k[5 + i * 8]);
                assertTrue(t > prev && t < 1_704_492_000L && t % 5 == 0, "formatDate 2: ascending epoch seconds, got " + t);
                prev = t;
            }
            s.send("49|1|");
            s.await(49);
            gw.advance(Duration.ofSeconds(6));
            String[] u = s.await(90);
            assertEquals(10, u.length, "historicalDataUpdate: id, reqId, barCount, date, o, c, h, l, wap, volume");
            assertEquals("4002", u[1]);
            assertTrue(u[3].matches("\\d{10}"), u[3]);
            s.send("25|1|4002|");
            s.send("25|1|4002|");
            assertEquals("366", s.await(4, f -> f[2].equals("4002"))[3], "second cancel: no such query");
        }
    }

    @Test
    void ordersAccountAndPositionsRequests() throws IOException {
        try (RawSession s = official()) {
            s.send("4|1|11||||2147483647|");
            assertEquals("4|2|11|10147|OrderId 11 that needs to be cancelled is not found.||", show(s.await(4,
                    f -> f[2].equals("11"))));
            s.send("5|1|");
            assertEquals("53|1|", show(s.await(53)));
            s.send("16|1|");
            assertEquals("53|1|", show(s.await(53)));
            s.send("6|2|1|DU1234567|");
            String[] nlv = s.await(6, f -> f[2].equals("NetLiquidation"));
            assertArrayEquals(fields("6|2|NetLiquidation|1000000.00|USD|DU1234567|"), nlv);
            assertEquals("8|1|17:00|", show(s.await(8)), "updateAccountTime HH:mm in TWS's zone");
            assertEquals("54|1|DU1234567|", show(s.await(54)));
            s.send("61|1|");
            assertEquals("62|1|", show(s.await(62)));
            s.send("7|3|5001|0|||||||");
            assertEquals("55|1|5001|", show(s.await(55)));
        }
    }

    @Test
    void ibInsyncStartUpGetsEveryEndMessageItWaitsFor() throws IOException {
        try (RawSession s = new RawSession(gw.port())) {
            s.write(hello("v157..178"));
            assertEquals("178", s.read()[0]);
            s.send("71|2|8||");
            assertEquals("15|1|DU1234567|", show(s.await(15)));
            s.await(9);
            s.send("61|1|");
            s.send("5|1|");
            s.send("99|0|");
            s.send("6|2|1|DU1234567|");
            s.send("76|1|9|DU1234567||0|");
            s.send("7|3|10|0|||||||");
            assertEquals("62|1|", show(s.await(62)));
            assertEquals("53|1|", show(s.await(53)));
            assertEquals("102|", show(s.await(102)));
            assertEquals("54|1|DU1234567|", show(s.await(54)));
            String[] multi = s.await(73);
            assertEquals(8, multi.length, "accountUpdateMulti: id, version, reqId, account, modelCode, key, value, currency");
            assertEquals("9", multi[2]);
            assertEquals("74|1|9|", show(s.await(74)));
            assertEquals("55|1|10|", show(s.await(55)));
            for (String[] f : s.seen) {
                assertFalse(f[0].equals("4") && Integer.parseInt(f[3]) < 2100, "no request refused: " + show(f));
            }
        }
    }
}
