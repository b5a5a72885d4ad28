package org.bt4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@link FirstStrategy}'s chart and report from Java: with {@code --plot} and {@code --report}
 * it prints the same lines as without (those lines are compared with backtrader in
 * {@link BacktraderSamplesTest}) and writes a PNG that decodes, an SVG that parses as XML and an
 * HTML report holding the run's data with the strategy's indicators and analyzers.
 */
class FirstStrategyTest {

    @Test
    void plotAndReportAreWrittenWellFormedWithoutChangingWhatIsPrinted(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("first.png");
        Path svg = dir.resolve("first.svg");
        Path html = dir.resolve("first.html");
        String plain = run();
        assertEquals(plain, run("--plot", png.toString(), "--report", html.toString()));
        assertEquals(plain, run("--plot", svg.toString()));

        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "the PNG decodes");
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());

        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), "an HTML document");
        assertTrue(page.stripTrailing().endsWith("</html>"), "complete");
        assertTrue(page.contains("<title>My first strategy"), "the title given");
        int from = page.indexOf("<script id=\"run-data\"");
        String data = page.substring(from, page.indexOf("</script>", from));
        for (String ind : new String[] {"MovingAverageSimple(10)", "MovingAverageSimple(30)", "RelativeStrengthIndex"}) {
            assertTrue(data.contains(ind), ind + " in the run data");
        }
        assertFalse(data.contains("NaN"), "gaps are JSON null");
        for (String analyzer : new String[] {"drawdown", "sqn", "sharpe"}) {
            assertTrue(page.contains(analyzer), "analyzer " + analyzer + " in the report");
        }
        long trades = plain.lines().filter(l -> l.contains(" TRADE pnl ")).count();
        assertTrue(trades > 0, "the run trades");
    }

    private static String run(String... extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] argv = new String[extra.length + 2];
        argv[0] = "--data";
        argv[1] = "2005-2006-day-001.txt";
        System.arraycopy(extra, 0, argv, 2, extra.length);
        FirstStrategy.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), argv);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
