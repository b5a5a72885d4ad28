package org.bt4j.gateway.server;

import static org.bt4j.gateway.server.RawSession.show;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import org.bt4j.gateway.Gateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Option chain parameters, matching symbols, market rules, head time stamp and fundamental data, as
 * IB's official client 10.30 asks for them (raw request bytes), each answered on its own id.
 */
class ReferenceDeskTest {

    @AutoClose
    final WednesdayGateway wednesday = new WednesdayGateway();
    final Gateway gw = wednesday.gw;

    @Test
    void optionChainHasSeveralExpiriesAndStrikesOnEveryExchange() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("78|11|AAPL||STK|265598|");
            String[] smart = s.await(75, f -> f[2].equals("SMART"));
            assertEquals("11", smart[1]);
            assertEquals("265598", smart[3]);
            assertEquals("AAPL", smart[4]);
            assertEquals("100", smart[5]);
            assertEquals("4", smart[6], "four monthly expiries");
            assertEquals(List.of("20240119", "20240216", "20240315", "20240419"), List.of(smart).subList(7, 11));
            assertEquals("9", smart[11], "nine strikes");
            assertEquals("165.0", smart[12]);
            assertEquals("205.0", smart[20]);
            assertEquals(21, smart.length);
            assertEquals("76|11|", show(s.await(76)));
            long rows = s.seen.stream().filter(f -> f[0].equals("75")).count();
            assertEquals(19, rows, "one row per exchange the options list");
            s.send("78|12|ES|CME|FUT|0|");
            String[] fop = s.await(75, f -> f[1].equals("12"));
            assertEquals("CME", fop[2]);
            assertEquals("5", fop[8], "five strikes on the front month: " + show(fop));
            assertEquals("76|12|", show(s.await(76, f -> f[1].equals("12"))));
            s.send("78|13|NOPE||STK|0|");
            assertEquals("76|13|", show(s.await(76, f -> f[1].equals("13"))), "no chain: just the end");
        }
    }

    @Test
    void matchingSymbolsMarketRulesHeadTimestampAndFundamentals() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("81|21|AA|");
            String[] m = s.await(79);
            assertEquals("21", m[1]);
            assertEquals("1", m[2], "AA matches AAPL only");
            assertEquals(List.of("265598", "AAPL", "STK", "NASDAQ", "USD", "1", "OPT", "APPLE INC", ""),
                    List.of(m).subList(3, 12));
            s.send("91|26|");
            assertEquals("93|26|1|0.0|0.01|", show(s.await(93)));
            s.send("91|32|");
            assertEquals("93|32|2|0.0|0.01|3.0|0.05|", show(s.await(93, f -> f[1].equals("32"))));
            s.send("91|4242|");
            assertEquals("321", s.await(4, f -> f[3].equals("321"))[3]);
            s.send("87|22|0|AAPL|STK||0.0|||SMART||USD|||0|1|TRADES|1|");
            assertEquals("88|22|20040105-14:30:00|", show(s.await(88)), "twenty years of data, from the first weekday's open (UTC)");
            s.send("87|23|0|AAPL|STK||0.0|||SMART||USD|||0|1|TRADES|2|");
            assertEquals("88|23|1073313000|", show(s.await(88, f -> f[1].equals("23"))));
            s.send("87|24|0|NOPE|STK||0.0|||SMART||USD|||0|1|TRADES|1|");
            assertEquals("200", s.await(4, f -> f[2].equals("24"))[3]);
            s.send("52|2|25|0|AAPL|STK|SMART||USD||ReportsFinSummary|0||");
            String[] e = s.await(4, f -> f[2].equals("25"));
            assertEquals("430", e[3], "TWS's answer without the fundamentals subscription, on the request's id");
        }
    }
}
