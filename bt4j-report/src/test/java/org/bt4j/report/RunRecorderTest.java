package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bt4j.analyzer.Analyzers;
import org.bt4j.engine.Backtest;
import org.bt4j.report.chart.ChartWriter;
import org.bt4j.report.html.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records the golden smacross case on daily-s1 and renders its PNG, SVG and HTML report. */
class RunRecorderTest {

    @TempDir
    Path dir;

    @Test
    void extraObserversGetTheirOwnPanels() throws Exception {
        Path data = Path.of(RunRecorderTest.class.getResource("/daily-s1.csv").toURI());
        RunRecorder recorder = new RunRecorder();
        org.bt4j.engine.Cerebro c = new org.bt4j.engine.Cerebro()
                .addData(org.bt4j.feed.CsvFeeds.open(data, null, 1))
                .addStrategy(new org.bt4j.strategy.builtin.SmaCross())
                .addObserver(org.bt4j.observer.DrawDown::new)
                .addAnalyzer("recorder", () -> recorder);
        c.run();
        RunRecord run = recorder.toRecord("t", Map.of(), Map.of());
        List<IndicatorRecord> inds = run.datas().get(0).indicators();
        IndicatorRecord dd = inds.get(inds.size() - 1);
        assertEquals("DrawDown", dd.label());
        assertTrue(dd.subplot());
        assertEquals(List.of("drawdown", "maxdrawdown"), dd.lines().stream().map(PlotLine::name).toList());
        assertEquals(1000, dd.lines().get(1).values().length);
        assertEquals(4, inds.size(), "SMA, SMA, CrossOver and the DrawDown panel; the default set is drawn as before");
        ChartWriter.write(run, dir.resolve("dd.png"));
        assertTrue(Files.size(dir.resolve("dd.png")) > 50_000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void goldenSmacrossIsRecordedAndRendered() throws Exception {
        Path data = Path.of(RunRecorderTest.class.getResource("/daily-s1.csv").toURI());
        RunRecorder recorder = new RunRecorder();
        Backtest bt = new Backtest().strategy("smacross").cash(10000).mode(Backtest.Mode.RUNONCE)
                .data(data, null, 1).analyzer("recorder", () -> recorder);
        for (String name : List.of("DrawDown", "TradeAnalyzer", "SQN")) {
            bt.analyzer(name, () -> Analyzers.create(name));
        }
        Backtest.Result r = bt.run();
        Map<String, Object> analyses = new LinkedHashMap<>(r.analyses());
        analyses.remove("recorder");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("strategy", "smacross");
        settings.put("cash", 10000);
        RunRecord run = recorder.toRecord("smacross on daily-s1", settings, analyses);

        DataRecord d = run.datas().get(0);
        assertEquals(1000, d.size());
        assertEquals("daily-s1", d.name());
        assertEquals(1000, run.value().length);
        assertEquals(r.cerebro().broker().getValue(), run.value()[999], 1e-9, "last recorded value is the final value");
        assertEquals(r.strategy().completedOrderCount(), d.fills().size(), "one marker per fill");
        assertEquals(19, run.trades().size(), "19 closed trades, as backtrader's TradeAnalyzer counts");
        assertNull(run.datas().get(0).fills().stream().filter(f -> f.price() <= 0).findFirst().orElse(null));
        assertTrue(run.analyzers().containsKey("TradeAnalyzer"));
        assertEquals(List.of("MovingAverageSimple(10)", "MovingAverageSimple(30)", "CrossOver"),
                d.indicators().stream().map(IndicatorRecord::label).toList());
        double[] slow = d.indicators().get(1).lines().get(0).values();
        assertEquals(1000, slow.length);
        assertTrue(Double.isNaN(slow[28]) && !Double.isNaN(slow[29]), "SMA(30) warms up over 30 bars");
        double sum = 0;
        for (int i = 0; i < 30; i++) {
            sum += d.close()[i];
        }
        assertEquals(sum / 30, slow[29], 1e-9);

        Path png = dir.resolve("smacross.png");
        ChartWriter.write(run, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertTrue(Files.size(png) > 50_000);
        Path html = dir.resolve("smacross.html");
        HtmlReport.write(run, html);
        String page = Files.readString(html);
        assertTrue(page.contains("data-analyzer=\"SQN\"") && page.contains("<td>sqn</td>"));
        assertTrue(page.contains("<td>daily-s1</td>"), "trades table");
        String out = System.getProperty("bt4j.report.keep");
        if (out != null) {
            Files.copy(png, Path.of(out, "smacross.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(html, Path.of(out, "smacross.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
