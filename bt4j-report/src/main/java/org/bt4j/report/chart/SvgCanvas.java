package org.bt4j.report.chart;

/**
 * {@link Canvas} writing an SVG 1.1 document into a string. Coordinates are written with one
 * decimal; a non-finite coordinate is a renderer bug and throws. Not thread-safe.
 */
final class SvgCanvas implements Canvas {

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final int width;
    private final int height;
    private int clipId;
    private boolean clipped;

    SvgCanvas(int width, int height, int background) {
        this.width = width;
        this.height = height;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"").append(hex(background)).append("\"/>\n");
    }

    String finish() {
        unclip();
        out.append("</svg>\n");
        return out.toString();
    }

    private static String hex(int rgb) {
        String h = Integer.toHexString(rgb & 0xFFFFFF);
        return "#" + "000000".substring(h.length()) + h;
    }

    private SvgCanvas num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite SVG coordinate " + v);
        }
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        long frac = tenths % 10;
        if (frac != 0) {
            out.append('.').append(frac);
        }
        return this;
    }

    private SvgCanvas attr(String name, double v) {
        out.append(' ').append(name).append("=\"");
        num(v);
        out.append('"');
        return this;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed) {
        out.append("<line");
        attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
        out.append(" stroke=\"").append(hex(rgb)).append('"');
        attr("stroke-width", width);
        if (dashed) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int from, int to, int rgb, double width) {
        if (to - from < 2) {
            return;
        }
        out.append("<polyline fill=\"none\" stroke=\"").append(hex(rgb)).append('"');
        attr("stroke-width", width);
        out.append(" stroke-linejoin=\"round\" points=\"");
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(' ');
            }
            num(xs[i]).out.append(',');
            num(ys[i]);
        }
        out.append("\"/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double alpha) {
        out.append("<rect");
        attr("x", x).attr("y", y).attr("width", Math.max(0, w)).attr("height", Math.max(0, h));
        out.append(" fill=\"").append(hex(rgb)).append('"');
        if (alpha < 1) {
            out.append(" fill-opacity=\"").append(Math.round(alpha * 100) / 100.0).append('"');
        }
        out.append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double width) {
        out.append("<rect");
        attr("x", x).attr("y", y).attr("width", w).attr("height", h);
        out.append(" fill=\"none\" stroke=\"").append(hex(rgb)).append('"');
        attr("stroke-width", width);
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
        out.append("<polygon fill=\"").append(hex(rgb)).append("\" points=\"");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            num(xs[i]).out.append(',');
            num(ys[i]);
        }
        out.append("\"/>\n");
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int rgb) {
        out.append("<circle");
        attr("cx", cx).attr("cy", cy).attr("r", r);
        out.append(" fill=\"").append(hex(rgb)).append("\"/>\n");
    }

    @Override
    public void text(String s, double x, double y, int rgb, double size, int anchor, boolean bold) {
        out.append("<text");
        attr("x", x).attr("y", y).attr("font-size", size);
        out.append(" fill=\"").append(hex(rgb)).append('"');
        if (anchor != START) {
            out.append(" text-anchor=\"").append(anchor == MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>');
        escape(s);
        out.append("</text>\n");
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        unclip();
        clipId++;
        out.append("<clipPath id=\"c").append(clipId).append("\"><rect");
        attr("x", x).attr("y", y).attr("width", w).attr("height", h);
        out.append("/></clipPath>\n<g clip-path=\"url(#c").append(clipId).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            out.append("</g>\n");
            clipped = false;
        }
    }

    @Override
    public double textWidth(String s, double size) {
        return s.length() * size * 0.6;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
