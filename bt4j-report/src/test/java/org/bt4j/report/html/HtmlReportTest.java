package org.bt4j.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bt4j.report.RunRecord;
import org.bt4j.report.SyntheticRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void reportIsSelfContainedWithChartsTablesAndAttribution() throws Exception {
        RunRecord run = SyntheticRuns.run(300, false);
        Path file = dir.resolve("report.html");
        HtmlReport.write(run, file);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("src=\"http"), "no external scripts");
        assertFalse(html.contains("<link "), "no external style sheets");
        assertTrue(html.contains("TradingView Lightweight Charts"), "library inlined");
        assertTrue(html.contains("createSeriesMarkers"), "library inlined");
        assertTrue(html.contains("<a href=\"https://www.tradingview.com/\">"), "attribution link shown");
        assertTrue(html.contains(HtmlReport.esc(HtmlReport.ATTRIBUTION)), "attribution notice shown");
        assertTrue(html.contains("Apache License"), "licence text shown");
        assertTrue(html.contains("id=\"price-chart\"") && html.contains("id=\"equity-chart\""));
        assertTrue(html.contains("data-analyzer=\"DrawDown\""));
        assertTrue(html.contains("<td>max.moneydown</td><td class=\"num\">351.0</td>"), "nested analyzer keys flattened");
        assertTrue(html.contains("<td>2016</td><td class=\"num\">nan</td>"), "NaN as Python prints it");
        assertTrue(html.contains("<td>2015-01-05T00:00:00</td>"), "date keys at midnight");
        assertTrue(html.contains("<th>strategy</th><td>smacross</td>"), "run settings");
        assertEquals(1, count(html, "<script id=\"run-data\""));
        String data = html.substring(html.indexOf("<script id=\"run-data\""), html.indexOf("</script>"));
        assertFalse(data.contains("NaN"), "gaps are JSON null, not NaN");
        assertTrue(data.contains("\"name\":\"SMA(10)\"") || data.contains("\"label\":\"SMA(10)\""));
        assertTrue(data.contains("\"hlines\":[30,70]"));
    }

    @Test
    void scriptClosingTagsInNamesAreEscaped() {
        RunRecord base = SyntheticRuns.run(60, false);
        RunRecord run = RunRecord.builder().title("</script><b>x").data(base.datas().get(0)).build();
        String html = HtmlReport.render(run);
        assertFalse(html.contains("</script><b>"), "title escaped");
        assertTrue(html.contains("&lt;/script&gt;&lt;b&gt;x"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
