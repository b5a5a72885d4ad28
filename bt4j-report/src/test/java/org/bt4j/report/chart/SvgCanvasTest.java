package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgCanvasTest {

    @Test
    void writesElementsWithOneDecimalAndEscapedText() {
        SvgCanvas c = new SvgCanvas(400, 300, 0xFFFFFF);
        c.line(1.25, 2, 3.04, 4, 0xFF0000, 1, true);
        c.text("a<b & \"c\"", 10, 20, 0x000000, 11, Canvas.END, true);
        c.clip(0, 0, 10, 10);
        c.fillCircle(5, 5, 2, 0x00FF00);
        String svg = c.finish();
        assertTrue(svg.contains("<line x1=\"1.3\" y1=\"2\" x2=\"3\" y2=\"4\" stroke=\"#ff0000\""), svg);
        assertTrue(svg.contains("stroke-dasharray"));
        assertTrue(svg.contains(">a&lt;b &amp; &quot;c&quot;</text>"));
        assertTrue(svg.contains("text-anchor=\"end\"") && svg.contains("font-weight=\"bold\""));
        assertTrue(svg.contains("clip-path=\"url(#c1)\"") && svg.trim().endsWith("</g>\n</svg>".trim()));
    }

    @Test
    void nonFiniteCoordinateIsARendererBug() {
        SvgCanvas c = new SvgCanvas(400, 300, 0xFFFFFF);
        assertThrows(IllegalStateException.class, () -> c.fillCircle(Double.NaN, 1, 1, 0));
    }
}
