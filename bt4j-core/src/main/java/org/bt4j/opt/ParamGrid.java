package org.bt4j.opt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;

/**
 * A parameter grid, backtrader's {@code optstrategy}: the cartesian product of each parameter's
 * values, the first parameter varying slowest (as {@code itertools.product}). Combinations are
 * computed from their index, never stored, so a grid of a million combinations costs nothing.
 * Specs: {@code fast=5:20} or {@code fast=5:20:1} (inclusive range with a step; integers when
 * every part is an integer, else decimals), {@code exectype=Market,Limit} (a list), or a single
 * value. Immutable; thread-safe.
 */
public final class ParamGrid {

    private final String[] names;
    private final Object[][] values;
    private final long size;

    private ParamGrid(List<String> names, List<List<Object>> values) {
        this.names = names.toArray(new String[0]);
        this.values = new Object[values.size()][];
        long n = 1;
        for (int i = 0; i < this.values.length; i++) {
            this.values[i] = values.get(i).toArray();
            n = Math.multiplyExact(n, this.values[i].length);
        }
        this.size = n;
    }

    /** A grid from {@code name=spec} strings (see the class comment); one-line errors. */
    public static ParamGrid parse(List<String> specs) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param '" + spec + "' is not name=values (e.g. fast=5:20:1 or a,b,c)");
            }
            String name = spec.substring(0, eq).trim();
            if (m.containsKey(name)) {
                throw new BadInputException("--param " + name + " is given twice");
            }
            m.put(name, parseValues(name, spec.substring(eq + 1).trim()));
        }
        return of(m);
    }

    /** A grid from explicit value lists, in iteration order (first varies slowest). */
    public static ParamGrid of(Map<String, ? extends List<?>> valuesByName) {
        List<String> names = new ArrayList<>();
        List<List<Object>> vals = new ArrayList<>();
        valuesByName.forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new BadInputException("parameter " + k + " has no values");
            }
            names.add(k);
            vals.add(new ArrayList<>(v));
        });
        try {
            return new ParamGrid(names, vals);
        } catch (ArithmeticException e) {
            throw new BadInputException("the grid has more than " + Long.MAX_VALUE + " combinations");
        }
    }

    static List<Object> parseValues(String name, String spec) {
        if (spec.isEmpty()) {
            throw new BadInputException("--param " + name + " has no values");
        }
        if (spec.contains(":")) {
            return range(name, spec);
        }
        List<Object> out = new ArrayList<>();
        for (String v : spec.split(",", -1)) {
            if (v.trim().isEmpty()) {
                throw new BadInputException("--param " + name + "=" + spec + ": empty value in the list");
            }
            out.add(v.trim());
        }
        return out;
    }

    private static List<Object> range(String name, String spec) {
        String[] p = spec.split(":", -1);
        if (p.length < 2 || p.length > 3) {
            throw new BadInputException("--param " + name + "=" + spec + ": a range is start:stop or start:stop:step");
        }
        BigDecimal start;
        BigDecimal stop;
        BigDecimal step;
        try {
            start = new BigDecimal(p[0].trim());
            stop = new BigDecimal(p[1].trim());
            step = p.length == 3 ? new BigDecimal(p[2].trim()) : BigDecimal.ONE;
        } catch (NumberFormatException e) {
            throw new BadInputException("--param " + name + "=" + spec + ": range parts must be numbers");
        }
        if (step.signum() <= 0) {
            throw new BadInputException("--param " + name + "=" + spec + ": the step must be > 0");
        }
        if (stop.compareTo(start) < 0) {
            throw new BadInputException("--param " + name + "=" + spec + ": stop is below start");
        }
        boolean ints = isInt(start) && isInt(stop) && isInt(step);
        List<Object> out = new ArrayList<>();
        for (BigDecimal v = start; v.compareTo(stop) <= 0; v = v.add(step)) {
            if (out.size() >= 10_000_000) {
                throw new BadInputException("--param " + name + "=" + spec + ": more than 10,000,000 values");
            }
            out.add(ints ? (Object) v.intValueExact() : (Object) v.doubleValue());
        }
        return out;
    }

    private static boolean isInt(BigDecimal b) {
        return b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    /** Number of combinations. */
    public long size() {
        return size;
    }

    /** Parameter names, in iteration order. */
    public List<String> names() {
        return List.of(names);
    }

    /** Combination {@code index} (0-based) as name → value, in {@link #names()} order. */
    public Map<String, Object> at(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("combination " + index + " of " + size);
        }
        Object[] picked = new Object[names.length];
        long rest = index;
        for (int i = names.length - 1; i >= 0; i--) {
            int n = values[i].length;
            picked[i] = values[i][(int) (rest % n)];
            rest /= n;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], picked[i]);
        }
        return m;
    }
}
