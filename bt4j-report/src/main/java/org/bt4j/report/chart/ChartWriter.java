package org.bt4j.report.chart;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.bt4j.BadInputException;
import org.bt4j.report.RunRecord;
import org.bt4j.util.AtomicFile;

/**
 * Draws a {@link RunRecord} as a static chart, PNG (Java2D, headless) or SVG (own writer), in the
 * layout of backtrader's {@code cerebro.plot()}. Stateless; thread-safe (each call renders on its
 * own canvas).
 */
public final class ChartWriter {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartWriter() {
    }

    /** Renders the run into an image. */
    public static BufferedImage renderPng(RunRecord run, ChartOptions options) {
        Java2dCanvas canvas = new Java2dCanvas(options.width(), options.height(), ChartRenderer.BACKGROUND);
        new ChartRenderer(run, options).render(canvas);
        return canvas.finish();
    }

    /** Renders the run as an SVG document. */
    public static String renderSvg(RunRecord run, ChartOptions options) {
        SvgCanvas canvas = new SvgCanvas(options.width(), options.height(), ChartRenderer.BACKGROUND);
        new ChartRenderer(run, options).render(canvas);
        return canvas.finish();
    }

    /**
     * Writes the chart to {@code file}, PNG or SVG by its extension; any other extension is a
     * {@link BadInputException}. The file appears complete or not at all.
     */
    public static void write(RunRecord run, Path file, ChartOptions options) {
        boolean png = checkName(file);
        AtomicFile.write(file, out -> {
            if (png) {
                if (!ImageIO.write(renderPng(run, options), "png", out)) {
                    throw new IllegalStateException("no PNG writer available");
                }
            } else {
                out.write(renderSvg(run, options).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /**
     * Checks a chart file name before a run: it must end in .png or .svg and its directory must
     * exist. Returns true for PNG.
     */
    public static boolean checkName(Path file) {
        AtomicFile.check("--plot", file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return true;
        }
        if (name.endsWith(".svg")) {
            return false;
        }
        throw new BadInputException("--plot " + file + ": the file name must end in .png or .svg");
    }

    /** {@link #write(RunRecord, Path, ChartOptions)} with {@link ChartOptions#defaults()}. */
    public static void write(RunRecord run, Path file) {
        write(run, file, ChartOptions.defaults());
    }
}
