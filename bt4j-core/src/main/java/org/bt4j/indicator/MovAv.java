package org.bt4j.indicator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * backtrader's {@code MovAv} / {@code MovingAverage} registry of moving-average types, with the
 * same names and aliases ({@code SMA}, {@code Simple}, {@code MovingAverageSimple}, ...).
 * Immutable and thread-safe.
 */
public final class MovAv {

    public static final MovingAverageType SMA = MovingAverageSimple::new;
    public static final MovingAverageType EMA = ExponentialMovingAverage::new;
    public static final MovingAverageType SMMA = SmoothedMovingAverage::new;
    public static final MovingAverageType WMA = WeightedMovingAverage::new;
    public static final MovingAverageType DEMA = DoubleExponentialMovingAverage::new;
    public static final MovingAverageType TEMA = TripleExponentialMovingAverage::new;
    public static final MovingAverageType KAMA = AdaptiveMovingAverage::new;
    public static final MovingAverageType ZLEMA = ZeroLagExponentialMovingAverage::new;
    public static final MovingAverageType HMA = HullMovingAverage::new;
    public static final MovingAverageType ZLIND = ZeroLagIndicator::new;
    public static final MovingAverageType DMA = DicksonMovingAverage::new;

    private static final Map<String, MovingAverageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<MovingAverageType, String> SHORT_NAME = new java.util.IdentityHashMap<>();
    private static final Map<MovingAverageType, String> CLASS_NAME = new java.util.IdentityHashMap<>();

    static {
        put(SMA, "MovingAverageSimple", "SMA", "SimpleMovingAverage", "Simple");
        put(EMA, "ExponentialMovingAverage", "EMA", "MovingAverageExponential", "Exponential");
        put(SMMA, "SmoothedMovingAverage", "SMMA", "WilderMA", "MovingAverageSmoothed",
            "MovingAverageWilder", "ModifiedMovingAverage", "Smoothed");
        put(WMA, "WeightedMovingAverage", "WMA", "MovingAverageWeighted", "Weighted");
        put(DEMA, "DoubleExponentialMovingAverage", "DEMA", "MovingAverageDoubleExponential",
            "DoubleExponential");
        put(TEMA, "TripleExponentialMovingAverage", "TEMA", "MovingAverageTripleExponential",
            "TripleExponential");
        put(KAMA, "AdaptiveMovingAverage", "KAMA", "MovingAverageAdaptive", "Adaptive");
        put(ZLEMA, "ZeroLagExponentialMovingAverage", "ZLEMA", "ZeroLagEma", "ZeroLagExponential");
        put(HMA, "HullMovingAverage", "HMA", "HullMA", "Hull");
        put(ZLIND, "ZeroLagIndicator", "ZLIndicator", "ZLInd", "EC", "ErrorCorrecting");
        put(DMA, "DicksonMovingAverage", "DMA", "DicksonMA", "Dickson");
    }

    private MovAv() {
    }

    private static void put(MovingAverageType t, String... names) {
        CLASS_NAME.put(t, names[0]);
        SHORT_NAME.put(t, names[1]);
        for (String n : names) {
            BY_NAME.put(n.toLowerCase(Locale.ROOT), t);
        }
    }

    /**
     * backtrader's short name of {@code type} ({@code SMA}, {@code EMA}, ... as its class is
     * printed in a writer's {@code Params:} block), or null for a type not in this registry.
     */
    public static String name(MovingAverageType type) {
        return SHORT_NAME.get(type);
    }

    /**
     * backtrader's class name of {@code type} ({@code SmoothedMovingAverage}, as an indicator's
     * default {@code movav} is printed in a writer's {@code Params:} block), or null for a type
     * not in this registry.
     */
    public static String className(MovingAverageType type) {
        return CLASS_NAME.get(type);
    }

    /** The type called {@code name} (any backtrader name or alias, case-insensitive), or null. */
    public static MovingAverageType find(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** The type called {@code name}; IllegalArgumentException listing the valid names otherwise. */
    public static MovingAverageType byName(String name) {
        MovingAverageType t = find(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown moving average '" + name
                + "'; valid: SMA, EMA, SMMA, WMA, DEMA, TEMA, KAMA, ZLEMA, HMA, ZLInd, DMA (or their full names)");
        }
        return t;
    }
}
