package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bt4j.BadInputException;
import org.bt4j.report.DataRecord;
import org.bt4j.report.RunRecord;
import org.bt4j.report.SyntheticRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartWriterTest {

    @TempDir
    Path dir;

    @Test
    void pngHasRequestedSizeAndDrawsEveryPanel() throws Exception {
        RunRecord run = SyntheticRuns.run(500, false);
        Path file = dir.resolve("run.png");
        ChartWriter.write(run, file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        assertTrue(Files.size(file) > 30_000, "a chart with 500 candles is not a near-empty image: " + Files.size(file));
        // broker, trades, price (4 weights), RSI, Diff: every horizontal band has ink besides the frame
        int inkRows = 0;
        for (int y = 40; y < 960; y += 10) {
            int ink = 0;
            for (int x = 20; x < 1500; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF && rgb != 0xE6E6E6 && rgb != 0xC8C8C8) {
                    ink++;
                }
            }
            if (ink > 0) {
                inkRows++;
            }
        }
        assertTrue(inkRows > 70, "most sampled rows carry drawing, got " + inkRows);
        // buy markers are drawn in their dark green
        boolean buyMarker = false;
        for (int y = 0; y < img.getHeight() && !buyMarker; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == 0x0B7A0B) {
                    buyMarker = true;
                    break;
                }
            }
        }
        assertTrue(buyMarker, "buy markers drawn");
    }

    @Test
    void svgIsWellFormedWithMarkersLegendAndNoNaN() throws Exception {
        RunRecord run = SyntheticRuns.run(400, false);
        Path file = dir.resolve("run.svg");
        ChartWriter.write(run, file);
        String svg = Files.readString(file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals("1600", doc.getDocumentElement().getAttribute("width"));
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"), "no non-finite coordinates");
        int fills = run.datas().get(0).fills().size();
        assertTrue(fills > 2);
        assertEquals(fills, doc.getElementsByTagName("polygon").getLength(), "one triangle per fill");
        assertEquals(run.trades().size(), doc.getElementsByTagName("circle").getLength(), "one dot per closed trade");
        assertTrue(svg.contains(">synthetic O "), "data legend");
        assertTrue(svg.contains(">SMA(30) "), "overlay legend");
        assertTrue(svg.contains(">RSI(14) "), "sub-plot legend");
        assertTrue(svg.contains(">Value "), "broker legend");
        assertTrue(svg.contains(">2015-01-05<"), "date axis labels");
    }

    @Test
    void hundredThousandBarsAreAggregatedPerPixelColumn() {
        DataRecord d = SyntheticRuns.data("big", 100_000, 3, true, true);
        RunRecord run = RunRecord.builder().data(d).build();
        String svg = ChartWriter.renderSvg(run, ChartOptions.defaults());
        assertFalse(svg.contains("NaN"));
        // candles: at most one wick per pixel column of the plot area
        int lines = count(svg, "<line ");
        assertTrue(lines < 1600 * 2 + 200, "one wick per column, not per bar: " + lines);
        Matcher m = Pattern.compile("<polyline [^>]*points=\"([^\"]*)\"").matcher(svg);
        while (m.find()) {
            int points = m.group(1).split(" ").length;
            assertTrue(points <= 4 * 1600, "envelope has at most 4 points per column: " + points);
        }
        assertTrue(svg.length() < 3_000_000, "SVG stays small: " + svg.length());
        assertTrue(svg.contains("2020-03-02 09:30"), "intraday axis labels show the time");
    }

    @Test
    void severalDatasAndStylesRender() {
        DataRecord a = SyntheticRuns.data("a", 300, 1, false, true);
        DataRecord b = SyntheticRuns.data("b", 300, 2, false, false);
        RunRecord run = RunRecord.builder().data(a).data(b).broker(new double[300], new double[300]).build();
        for (ChartOptions.BarStyle style : ChartOptions.BarStyle.values()) {
            BufferedImage img = ChartWriter.renderPng(run, ChartOptions.defaults().withStyle(style).withDrawdown(true)
                    .withSize(800, 600));
            assertEquals(800, img.getWidth());
            String svg = ChartWriter.renderSvg(run, ChartOptions.defaults().withStyle(style));
            assertTrue(svg.contains(">a ") && svg.contains(">b "), "both datas have a legend");
        }
    }

    @Test
    void unknownExtensionIsAUserError() {
        RunRecord run = SyntheticRuns.run(50, false);
        BadInputException e = assertThrows(BadInputException.class, () -> ChartWriter.write(run, dir.resolve("x.jpg")));
        assertTrue(e.getMessage().contains(".png or .svg"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
