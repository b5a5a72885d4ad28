package org.bt4j.gateway.server;

import static org.bt4j.gateway.server.RawSession.show;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.bt4j.gateway.Gateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Account summary and PnL as IB's official client asks for them (raw 10.30 request bytes): each
 * answer on the request's own id, TWS's tag names and currencies, the End message, TWS's limit of
 * two summaries (322), PnL for the account and for one position, errors on the request's id.
 */
class AccountSummaryDeskTest {

    @AutoClose
    final WednesdayGateway wednesday = new WednesdayGateway();
    final Gateway gw = wednesday.gw;

    @Test
    void summaryOfTheRequestedTagsThenEndOnTheRequestsId() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("62|1|9|All|NetLiquidation,BuyingPower,AccountType,$LEDGER|");
            Map<String, String[]> rows = new HashMap<>();
            for (String[] f = s.await(63); ; f = s.await(63)) {
                assertEquals(7, f.length, "accountSummary: id, version, reqId, account, tag, value, currency: " + show(f));
                assertEquals("9", f[2]);
                assertEquals("DU1234567", f[3]);
                rows.put(f[4] + "/" + f[6], f);
                if (rows.containsKey("RealizedPnL/BASE")) {
                    break;
                }
            }
            assertEquals("64|1|9|", show(s.await(64)));
            assertEquals("1000000.00", rows.get("NetLiquidation/USD")[5]);
            assertEquals("4000000.00", rows.get("BuyingPower/USD")[5]);
            assertEquals("INDIVIDUAL", rows.get("AccountType/")[5], "AccountType has no currency");
            assertEquals("1000000.00", rows.get("CashBalance/USD")[5]);
            assertTrue(rows.containsKey("CashBalance/BASE"), "$LEDGER also reports BASE");
        }
    }

    @Test
    void allTagsAndTwoSubscriptionsAtMost() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("62|1|1|All|" + String.join(",", AccountSummaryDesk.TAGS) + "|");
            assertEquals("64|1|1|", show(s.await(64)));
            long rows = s.seen.stream().filter(f -> f[0].equals("63")).count();
            assertEquals(AccountSummaryDesk.TAGS.size(), rows, "one row per tag TWS knows");
            s.send("62|1|2|All|NetLiquidation|");
            assertEquals("64|1|2|", show(s.await(64, f -> f[2].equals("2"))));
            s.send("62|1|3|All|NetLiquidation|");
            assertEquals("322", s.await(4, f -> f[2].equals("3"))[3], "a third summary is refused on its id");
            s.send("63|1|1|");
            s.send("62|1|3|All|NetLiquidation|");
            assertEquals("64|1|3|", show(s.await(64, f -> f[2].equals("3"))), "after a cancel there is room again");
        }
    }

    @Test
    void pnlOfTheAccountAndOfOnePosition() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("92|5|DU1234567||");
            String[] p = s.await(94);
            assertEquals(5, p.length, "pnl at 187: id, reqId, daily, unrealized, realized: " + show(p));
            assertEquals("5", p[1]);
            s.send("94|6|DU1234567||999|");
            assertEquals("200", s.await(4, f -> f[2].equals("6"))[3], "unknown conId: 200 on the request's id");
            s.send("94|7|DU9999999||265598|");
            assertEquals("321", s.await(4, f -> f[2].equals("7"))[3], "an account not managed here");
            s.send("94|8|DU1234567||265598|");
            String[] single = s.await(95);
            assertEquals(7, single.length, "pnlSingle: id, reqId, pos, daily, unrealized, realized, value: " + show(single));
            assertEquals("0", single[2], "no position yet");
            s.send("93|5|");
            s.send("95|8|");
            s.send("49|1|");
            s.await(49);
            int before = s.seen.size();
            gw.advance(Duration.ofSeconds(10));
            s.send("49|1|");
            s.await(49);
            assertTrue(s.seen.subList(before, s.seen.size()).stream().noneMatch(f -> f[0].equals("94") || f[0].equals("95")),
                    "nothing after the cancels");
        }
    }
}
