package org.bt4j.report.chart;

/**
 * The drawing primitives the chart renderer needs, implemented once for raster output
 * ({@link Java2dCanvas}) and once for vector output ({@link SvgCanvas}), so both formats are drawn
 * by the same layout code. Coordinates are pixels from the top-left corner; colours are
 * {@code 0xRRGGBB}. Implementations never receive non-finite coordinates: the renderer skips
 * them. Not thread-safe: one canvas per rendering.
 */
interface Canvas {

    /** Text anchored at its start (left). */
    int START = -1;
    /** Text anchored at its middle. */
    int MIDDLE = 0;
    /** Text anchored at its end (right). */
    int END = 1;

    /** A straight line; dashed for grid and reference lines. */
    void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed);

    /** A connected line through points {@code from} (inclusive) to {@code to} (exclusive). */
    void polyline(double[] xs, double[] ys, int from, int to, int rgb, double width);

    /** A filled rectangle with the given opacity (0..1). */
    void fillRect(double x, double y, double w, double h, int rgb, double alpha);

    /** A rectangle outline. */
    void strokeRect(double x, double y, double w, double h, int rgb, double width);

    /** A filled polygon of {@code n} points (markers). */
    void fillPolygon(double[] xs, double[] ys, int n, int rgb);

    /** A filled circle. */
    void fillCircle(double cx, double cy, double r, int rgb);

    /** Text whose baseline starts, centres or ends at (x, y) as {@code anchor} says. */
    void text(String s, double x, double y, int rgb, double size, int anchor, boolean bold);

    /** Restricts drawing to a rectangle until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    /** Removes the clip. */
    void unclip();

    /** Width in pixels of {@code s} at font {@code size} (an estimate is fine for layout). */
    double textWidth(String s, double size);
}
