package org.bt4j.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * {@link Canvas} drawing into an RGB {@link BufferedImage} with Java2D (anti-aliased, headless).
 * Not thread-safe.
 */
final class Java2dCanvas implements Canvas {

    private static final float[] DASH = {4f, 3f};

    private final BufferedImage image;
    private final Graphics2D g;
    private final Line2D.Double lineShape = new Line2D.Double();
    private final Rectangle2D.Double rectShape = new Rectangle2D.Double();

    Java2dCanvas(int width, int height, int background) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(background));
        g.fillRect(0, 0, width, height);
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }

    private void stroke(int rgb, double width, boolean dashed) {
        g.setColor(new Color(rgb));
        g.setStroke(dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed) {
        stroke(rgb, width, dashed);
        lineShape.setLine(x1, y1, x2, y2);
        g.draw(lineShape);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int from, int to, int rgb, double width) {
        if (to - from < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, to - from);
        path.moveTo(xs[from], ys[from]);
        for (int i = from + 1; i < to; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        stroke(rgb, width, false);
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        g.setColor(new Color((rgb & 0xFFFFFF) | (a << 24), true));
        rectShape.setRect(x, y, w, h);
        g.fill(rectShape);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double width) {
        stroke(rgb, width, false);
        rectShape.setRect(x, y, w, h);
        g.draw(rectShape);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(new Color(rgb));
        g.fill(path);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double y, int rgb, double size, int anchor, boolean bold) {
        g.setFont(font(size, bold));
        double w = anchor == START ? 0 : g.getFontMetrics().stringWidth(s);
        double left = anchor == START ? x : anchor == MIDDLE ? x - w / 2 : x - w;
        g.setColor(new Color(rgb));
        g.drawString(s, (float) left, (float) y);
    }

    private static Font font(double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }

    @Override
    public double textWidth(String s, double size) {
        return g.getFontMetrics(font(size, false)).stringWidth(s);
    }
}
