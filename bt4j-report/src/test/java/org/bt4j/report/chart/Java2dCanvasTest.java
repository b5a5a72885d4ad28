package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class Java2dCanvasTest {

    @Test
    void drawsShapesAndRespectsClip() {
        Java2dCanvas c = new Java2dCanvas(100, 50, 0xFFFFFF);
        c.fillRect(10, 10, 20, 20, 0x123456, 1);
        c.clip(60, 0, 10, 10);
        c.fillRect(50, 0, 50, 50, 0xFF0000, 1);
        c.unclip();
        assertTrue(c.textWidth("hello", 11) > 10);
        BufferedImage img = c.finish();
        assertEquals(0x123456, img.getRGB(20, 20) & 0xFFFFFF);
        assertEquals(0xFF0000, img.getRGB(65, 5) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(55, 30) & 0xFFFFFF, "outside the clip stays white");
    }
}
