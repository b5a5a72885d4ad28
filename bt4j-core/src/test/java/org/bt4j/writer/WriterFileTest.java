package org.bt4j.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.bt4j.analyzer.SQN;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WriterFile}: backtrader's csv layout (separator, header, a row per bar) and summary. */
class WriterFileTest {

    @TempDir
    Path dir;

    private static DataFeed data() throws Exception {
        DataFeed d = CsvFeeds.open(Path.of(WriterFileTest.class.getResource("/golden/data/daily-s1.csv").toURI()), null, 1);
        d.name("daily-s1");
        return d;
    }

    @Test
    void csvRowsAndSummary() throws Exception {
        for (boolean runonce : new boolean[] {true, false}) {
            StringWriter out = new StringWriter();
            StringWriter all = new StringWriter();
            Cerebro c = new Cerebro().runonce(runonce).addData(data()).addStrategy(new SmaCross())
                    .addAnalyzer("sqn", SQN::new).addWriter(WriterFile.to(out, false).csv(true))
                    .addWriter(WriterFile.to(all, false).csv(true).indicators(true));
            Strategy s = c.run().get(0);
            List<String> lines = out.toString().lines().toList();
            assertEquals("=".repeat(79), lines.get(0));
            assertEquals("Id,daily-s1,len,datetime,open,high,low,close,volume,openinterest,SmaCross,len,datetime,"
                    + "Broker,len,cash,value,BuySell,len,buy,sell,Trades - Net Profit/Loss,len,pnlplus,pnlminus",
                    lines.get(1));
            DataFeed d = s.data();
            String first = lines.get(2);
            assertTrue(first.startsWith("1,daily-s1,1," + WriterFile.pyDatetime(d.datetime().array()[0], d.tz()) + ","
                    + PyFormat.repr(d.open().buffer().array()[0]) + ","), first);
            // the strategy's datetime is backtrader's day number; NaN is an empty field
            assertTrue(first.startsWith("1,daily-s1,1,2015-01-05 23:59:59.999989,"), first);
            assertTrue(first.contains(",SmaCross,1,735603.9999999999,"), first);
            assertTrue(first.endsWith(",Broker,1,10000.0,10000.0,BuySell,1,,,Trades - Net Profit/Loss,1,,"), first);
            // indicators(true): every declared indicator, by its short name, as backtrader with csv set on each
            assertTrue(all.toString().lines().skip(1).findFirst().orElseThrow().contains(
                    ",SmaCross,len,datetime,SMA,len,sma,SMA,len,sma,CrossOver,len,crossover,Broker,"), all.toString());
            String last = lines.get(1001);
            assertTrue(last.startsWith("1000,daily-s1,1000,"), last);
            assertTrue(last.contains(",Broker,1000," + PyFormat.repr(c.broker().getCash()) + ","
                    + PyFormat.repr(c.broker().getValue()) + ","), last);
            List<String> summary = lines.subList(1002, lines.size());
            assertEquals("=".repeat(79), summary.get(0));
            assertEquals("Cerebro:", summary.get(1));
            assertEquals("  " + "-".repeat(77), summary.get(2));
            assertEquals("  - Datas:", summary.get(3));
            assertEquals("    " + "+".repeat(75), summary.get(4));
            assertEquals(List.of("    - Data0:", "      - Name: daily-s1", "      - Timeframe: Days", "      - Compression: 1",
                    "  " + "-".repeat(77), "  - Strategies:", "    " + "+".repeat(75), "    - SmaCross:",
                    "      " + "*".repeat(73), "      - Params:", "        - fast: 10", "        - slow: 30"),
                    summary.subList(5, 17));
            assertTrue(summary.contains("          - Begin: 10000.0"), String.join("\n", summary));
            assertTrue(summary.contains("          - End: " + PyFormat.repr(c.broker().getValue())));
            assertTrue(summary.stream().anyMatch(l -> l.equals("            - trades: 19")), String.join("\n", summary));
            assertTrue(summary.contains("          - Lines: cash, value"));
            // backtrader's Params blocks: an indicator's and an observer's after a separator, None when empty
            String text = String.join("\n", summary);
            assertTrue(text.contains("        - SMA:\n          - Lines: sma\n          " + "~".repeat(69)
                    + "\n          - Params:\n            - period: 30\n"), text);
            assertTrue(text.contains("        - CrossOver:\n          - Lines: crossover\n          - Params: None\n"), text);
            assertTrue(text.contains("            - barplot: True\n            - bardist: 0.015\n"), text);
            assertTrue(text.contains("        - sqn:\n          - Params: None\n"), text);
        }
    }

    @Test
    void summaryOnlyWithoutCsvAndFileAppearsAtTheEnd() throws Exception {
        Path f = dir.resolve("w.csv");
        WriterFile w = WriterFile.to(f);
        assertFalse(Files.exists(f));
        new Cerebro().addData(data()).addStrategy(new SmaCross()).addWriter(w).run();
        List<String> lines = Files.readAllLines(f);
        assertEquals("=".repeat(79), lines.get(0));
        assertEquals("Cerebro:", lines.get(1));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailedRunLeavesNoFile() throws Exception {
        Path f = dir.resolve("fail.csv");
        Cerebro c = new Cerebro().addData(data()).addStrategy(new Strategy() {
            @Override
            protected void next() {
                if (len() == 10) {
                    throw new IllegalStateException("boom");
                }
            }
        }).addWriter(WriterFile.to(f).csv(true));
        try {
            c.run();
        } catch (IllegalStateException expected) {
            assertEquals("boom", expected.getMessage());
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void pythonDatetimeText() {
        assertEquals("2015-01-02 00:00:00", WriterFile.pyDatetime(1420156800L * 1_000_000_000L, ZoneOffset.UTC));
        // a daily bar's end, 23:59:59.99999, after backtrader's day-number round trip
        assertEquals("2015-01-02 23:59:59.999989", WriterFile.pyDatetime(1420243199_999_990_000L, ZoneOffset.UTC));
    }
}
