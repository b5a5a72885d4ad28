package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The legacy (pre-v100) vectors, checked without Python: {@code legacy-vectors/server.txt} holds
 * bt4j's server messages at IbPy's client version 62 as IbPy's own decoder read them (exactly their
 * bytes, the sample's values), so bt4j must still write exactly those; {@code client.txt} holds the
 * requests IbPy's own encoder writes to a TWS of server version 76, which bt4j must read with the
 * right values and, sent back to back un-framed, split at the right places. Regenerate both with
 * {@code src/test/python/gen_legacy_vectors.py}.
 */
class LegacyVectorsTest {

    private static final int V = LegacySamples.VERSION;

    @Test
    void everyLegacyServerMessageIsWhatIbPysDecoderRead() throws IOException {
        Map<String, String> vectors = load("server.txt");
        int checked = 0;
        for (CodecSamples.Sample s : CodecSamples.server()) {
            ServerMessage m = (ServerMessage) s.message();
            if (s.since() > ServerVersion.MIN_FRAMED || !m.existsAt(V)) {
                continue;
            }
            String vector = vectors.get(s.name());
            assertNotNull(vector, s.name() + " has no legacy vector: run gen_legacy_vectors.py");
            assertEquals(vector, show(s.payload(V)), s.name());
            checked++;
        }
        assertEquals(vectors.size(), checked, "every vector has its sample");
    }

    @Test
    void messagesALegacyClientDoesNotKnowAreNotSentToIt() {
        assertFalse(new ServerMessage.TickReqParams(1, 0.01, "", 3).existsAt(V), "tickReqParams (81)");
        assertFalse(new ServerMessage.CompletedOrdersEnd().existsAt(V), "completedOrdersEnd (102)");
        assertTrue(new ServerMessage.PositionEnd().existsAt(V), "positionEnd (62)");
        assertTrue(new ServerMessage.TickReqParams(1, 0.01, "", 3).existsAt(ServerVersion.MIN_FRAMED));
    }

    @Test
    void ibPysRequestsReadWithTheirValues() throws IOException {
        Map<String, ClientMessage> read = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : load("client.txt").entrySet()) {
            FieldReader r = new FieldReader(bytes(e.getValue()));
            read.put(e.getKey(), ClientMessage.read(r, V));
            assertFalse(r.hasMore(), e.getKey() + ": fields left over");
        }
        assertInstanceOf(ClientMessage.ReqCurrentTime.class, read.get("reqCurrentTime"));
        assertEquals(new ClientMessage.ReqIds(1), read.get("reqIds"));
        ClientMessage.ReqContractDetails cd = (ClientMessage.ReqContractDetails) read.get("reqContractDetails");
        assertEquals(16777217, cd.reqId());
        assertEquals(List.of("TWTR", "STK", "SMART", "USD"), List.of(cd.contract().symbol(), cd.contract().secType(),
                cd.contract().exchange(), cd.contract().currency()));
        ClientMessage.ReqMktData md = (ClientMessage.ReqMktData) read.get("reqMktData/rtVolume");
        assertEquals("233", md.genericTickList());
        assertFalse(md.snapshot());
        assertEquals(new ClientMessage.ReqMarketDataType(3), read.get("reqMarketDataType/delayed"));
        ClientMessage.ReqHistoricalData h = (ClientMessage.ReqHistoricalData) read.get("reqHistoricalData/5secs");
        assertEquals(List.of("20261202 15:00:00 GMT", "5 secs", "7200 S", "TRADES"),
                List.of(h.endDateTime(), h.barSizeSetting(), h.durationStr(), h.whatToShow()));
        assertEquals(2, h.formatDate());
        assertTrue(h.useRth());
        assertFalse(h.keepUpToDate());
        ClientMessage.ReqRealTimeBars rt = (ClientMessage.ReqRealTimeBars) read.get("reqRealTimeBars");
        assertEquals(5, rt.barSize());
        assertEquals("TRADES", rt.whatToShow());
        Order buy = ((ClientMessage.PlaceOrder) read.get("placeOrder/mktBuy")).order();
        assertEquals(List.of("BUY", "MKT", "GTC"), List.of(buy.action(), buy.orderType(), buy.tif()));
        assertEquals(20000.0, buy.totalQuantity());
        assertTrue(buy.transmit());
        ClientMessage.PlaceOrder lmt = (ClientMessage.PlaceOrder) read.get("placeOrder/lmtSell");
        assertEquals(2, lmt.orderId());
        assertEquals(41.62, lmt.order().lmtPrice());
        assertEquals(10000.0, lmt.order().totalQuantity());
        Order stp = ((ClientMessage.PlaceOrder) read.get("placeOrder/stpDay")).order();
        assertEquals(List.of("STP", "DAY"), List.of(stp.orderType(), stp.tif()));
        assertEquals(40.5, stp.auxPrice());
        assertEquals(new ClientMessage.CancelOrder(3, ""), read.get("cancelOrder"));
        assertEquals(new ClientMessage.ReqAutoOpenOrders(true), read.get("reqAutoOpenOrders"));
        assertEquals(new ClientMessage.ReqAccountUpdates(true, "DU1234567"), read.get("reqAccountUpdates"));
        assertInstanceOf(ClientMessage.CancelPositions.class, read.get("cancelPositions"));
        assertEquals(16777221, ((ClientMessage.ReqExecutions) read.get("reqExecutions")).reqId());
    }

    @Test
    void ibPysRequestsBackToBackAreSplitWhereTheyEnd() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write("1\0".getBytes(StandardCharsets.US_ASCII)); // the client id, IbPy's START_API
        List<ClientMessage> expected = new ArrayList<>();
        for (String vector : load("client.txt").values()) {
            byte[] b = bytes(vector);
            stream.write(b);
            expected.add(ClientMessage.read(new FieldReader(b), V));
        }
        InputStream in = new ByteArrayInputStream(stream.toByteArray());
        UnframedReader reader = new UnframedReader(in, V, Wire.MAX_FRAME_SIZE);
        assertEquals(new ClientMessage.StartApi(1, ""), reader.readClientId());
        for (ClientMessage m : expected) {
            assertEquals(m, reader.read());
        }
        assertNull(reader.read(), "a clean end between messages");
    }

    /** name → vector, in file order. */
    static Map<String, String> load(String file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = LegacyVectorsTest.class.getResourceAsStream("/legacy-vectors/" + file)) {
            assertNotNull(in, file);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    m.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return m;
    }

    /** The vector notation: NUL as {@code |}, printable ASCII as is, other bytes as {@code \xNN}. */
    static String show(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int c = x & 0xff;
            sb.append(c == 0 ? "|" : c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return sb.toString();
    }

    static byte[] bytes(String vector) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < vector.length(); i++) {
            char c = vector.charAt(i);
            if (c == '|') {
                out.write(0);
            } else if (c == '\\' && i + 3 < vector.length() && vector.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(vector.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
