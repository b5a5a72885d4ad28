package org.bt4j.research;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;

/**
 * An analyzer keeping the broker value of every bar cycle (for stitching walk-forward equity).
 * Engine thread only; read {@link #values()} after the run.
 */
public final class EquityCurve implements Analyzer {

    private double[] values = new double[256];
    private int size;

    @Override
    public void notifyCashValue(double cash, double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** The value of each bar cycle so far. */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    @Override
    public Map<String, Object> analysis() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bars", size);
        m.put("last", size == 0 ? Double.NaN : values[size - 1]);
        return m;
    }
}
