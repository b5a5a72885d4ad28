package org.bt4j.gateway.server;

import static org.bt4j.gateway.server.RawSession.show;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import org.bt4j.gateway.Gateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Market depth as IB's official client 10.30 requests it (raw bytes): a book of inserts around the
 * quote, updates as the quote moves, TWS's limit of three books (309), no book for an index (10092).
 */
class DepthDeskTest {

    @AutoClose
    final WednesdayGateway wednesday = new WednesdayGateway();
    final Gateway gw = wednesday.gw;

    static String depth(int id, String symbol, String secType, String exchange) {
        return "10|5|" + id + "|0|" + symbol + "|" + secType + "||0.0|||" + exchange + "||USD|||5|0||";
    }

    @Test
    void bookAroundTheQuoteThenUpdates() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send(depth(51, "AAPL", "STK", "SMART"));
            double[] bid = new double[5];
            double[] ask = new double[5];
            for (int i = 0; i < 10; i++) {
                String[] f = s.await(13);
                assertEquals(10, f.length, "id, version, reqId, position, maker, operation, side, price, size, smart: " + show(f));
                assertEquals("0", f[5], "insert");
                (f[6].equals("1") ? bid : ask)[Integer.parseInt(f[3])] = Double.parseDouble(f[7]);
            }
            assertTrue(bid[0] < ask[0], "best bid below best ask");
            for (int k = 1; k < 5; k++) {
                assertEquals(0.01, Math.round((bid[k - 1] - bid[k]) * 100) / 100.0, "a tick a row");
                assertTrue(ask[k] > ask[k - 1]);
            }
            s.send("49|1|");
            s.await(49);
            gw.advance(Duration.ofSeconds(5));
            String[] u = s.await(13, f -> f[5].equals("1"));
            assertEquals("51", u[2], "updates as the quote moves");
            s.send("11|1|51|0|");
        }
    }

    @Test
    void threeBooksAtMostAndNoneForAnIndex() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send(depth(61, "SPX", "IND", "CBOE"));
            assertEquals("10092", s.await(4, f -> f[2].equals("61"))[3]);
            s.send(depth(62, "AAPL", "STK", "SMART"));
            s.send(depth(63, "MSFT", "STK", "SMART"));
            s.send(depth(64, "SPY", "STK", "SMART"));
            s.send(depth(65, "TWTR", "STK", "SMART"));
            assertEquals("309", s.await(4, f -> f[2].equals("65"))[3], "a fourth book is refused on its id");
        }
    }
}
