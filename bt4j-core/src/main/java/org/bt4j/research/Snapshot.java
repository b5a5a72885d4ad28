package org.bt4j.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.line.Indicator;

/**
 * The outcome of one {@link Probe} run: the bar times, every indicator line's value per bar, and
 * the order decisions with the bar they were taken on. Immutable after construction; safe to share.
 *
 * @param times     bar end times (epoch nanoseconds), one per bar
 * @param series    indicator lines by name ({@code Class.line}, {@code Class#2.line} for a second
 *                  indicator of the same class), each with one value per bar
 * @param decisions order decisions in creation order
 * @param finalValue the broker's final value (NaN when the probe has no broker)
 */
public record Snapshot(long[] times, Map<String, double[]> series, List<Decision> decisions, double finalValue) {

    /** One order decision: the bar it was created on and what it asked for. */
    public record Decision(int bar, String what) {
    }

    /** Every line of {@code indicators} over {@code bars} bars, named by class and line. */
    static Map<String, double[]> lines(List<Indicator> indicators, int bars) {
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Indicator ind : indicators) {
            String cls = ind.getClass().getSimpleName();
            int k = seen.merge(cls, 1, Integer::sum);
            String label = k == 1 ? cls : cls + "#" + k;
            for (int i = 0; i < ind.lineCount(); i++) {
                double[] a = ind.buffers()[i].array();
                double[] v = new double[bars];
                Arrays.fill(v, Double.NaN);
                System.arraycopy(a, 0, v, 0, Math.min(bars, Math.min(a.length, ind.buffers()[i].size())));
                out.put(label + "." + ind.lineName(i), v);
            }
        }
        return out;
    }

    /** Decisions sorted as created, with their bar found from the creation time. */
    static List<Decision> decisions(List<org.bt4j.order.Order> orders, long[] times) {
        List<Decision> out = new ArrayList<>();
        for (org.bt4j.order.Order o : orders) {
            int bar = Arrays.binarySearch(times, o.createdDt());
            out.add(new Decision(bar < 0 ? -bar - 1 : bar, (o.isBuy() ? "buy " : "sell ") + Math.abs(o.size()) + " "
                + o.execType() + (Double.isNaN(o.priceArgument()) ? "" : " price " + o.priceArgument())
                + (Double.isNaN(o.plimitArgument()) ? "" : " plimit " + o.plimitArgument())));
        }
        return out;
    }
}
