package org.bt4j.report;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bt4j.line.Indicator;

/**
 * How backtrader plots an indicator ({@code plotinfo} / {@code plotlines}): on the price panel or
 * in its own panel, its horizontal reference levels and the style of each line. bt4j's
 * indicators carry no plotting attributes, so the table lives here, keyed by class name, with
 * backtrader's defaults: own panel, plain lines, no levels. Stateless; thread-safe.
 */
public final class PlotInfo {

    /** Drawn over the prices (backtrader's {@code subplot=False}). */
    private static final Set<String> OVERLAYS = Set.of(
            "MovingAverageSimple", "ExponentialMovingAverage", "WeightedMovingAverage",
            "SmoothedMovingAverage", "DoubleExponentialMovingAverage", "TripleExponentialMovingAverage",
            "AdaptiveMovingAverage", "HullMovingAverage", "ZeroLagExponentialMovingAverage",
            "ZeroLagIndicator", "DicksonMovingAverage", "BollingerBands", "ParabolicSAR", "Ichimoku",
            "PivotPoint", "FibonacciPivotPoint", "DemarkPivotPoint", "Fractal", "HeikinAshi",
            "Envelope", "MovingAverageSimpleEnvelope", "ExponentialMovingAverageEnvelope",
            "WeightedMovingAverageEnvelope", "SmoothedMovingAverageEnvelope",
            "DoubleExponentialMovingAverageEnvelope", "TripleExponentialMovingAverageEnvelope",
            "AdaptiveMovingAverageEnvelope", "HullMovingAverageEnvelope",
            "ZeroLagExponentialMovingAverageEnvelope", "ZeroLagIndicatorEnvelope",
            "DicksonMovingAverageEnvelope");

    /** Horizontal reference levels ({@code plothlines} / {@code plotyhlines}) at default parameters. */
    private static final Map<String, double[]> LEVELS = Map.ofEntries(
            Map.entry("RelativeStrengthIndex", new double[] {70.0, 30.0}),
            Map.entry("RSI_SMA", new double[] {70.0, 30.0}),
            Map.entry("RSI_EMA", new double[] {70.0, 30.0}),
            Map.entry("RSI_Safe", new double[] {70.0, 30.0}),
            Map.entry("RelativeMomentumIndex", new double[] {70.0, 30.0}),
            Map.entry("UltimateOscillator", new double[] {70.0, 30.0}),
            Map.entry("AroonUp", new double[] {70.0, 30.0}),
            Map.entry("AroonDown", new double[] {70.0, 30.0}),
            Map.entry("AroonUpDown", new double[] {70.0, 30.0}),
            Map.entry("AroonOscillator", new double[] {70.0, 30.0}),
            Map.entry("AroonUpDownOscillator", new double[] {70.0, 30.0}),
            Map.entry("Stochastic", new double[] {80.0, 20.0}),
            Map.entry("StochasticFast", new double[] {80.0, 20.0}),
            Map.entry("StochasticFull", new double[] {80.0, 20.0}),
            Map.entry("WilliamsR", new double[] {-20.0, -80.0}),
            Map.entry("CommodityChannelIndex", new double[] {100.0, -100.0}),
            Map.entry("LaguerreRSI", new double[] {0.8, 0.2}),
            Map.entry("CrossOver", new double[] {0.0}),
            Map.entry("CrossUp", new double[] {0.0}),
            Map.entry("CrossDown", new double[] {0.0}),
            Map.entry("MACD", new double[] {0.0}),
            Map.entry("MACDHisto", new double[] {0.0}),
            Map.entry("Momentum", new double[] {0.0}),
            Map.entry("MomentumOscillator", new double[] {100.0}),
            Map.entry("DetrendedPriceOscillator", new double[] {0.0}),
            Map.entry("Trix", new double[] {0.0}),
            Map.entry("TrixSignal", new double[] {0.0}),
            Map.entry("PercentagePriceOscillator", new double[] {0.0}),
            Map.entry("PercentagePriceOscillatorShort", new double[] {0.0}),
            Map.entry("AwesomeOscillator", new double[] {0.0}),
            Map.entry("AccelerationDecelerationOscillator", new double[] {0.0}));

    /** Lines drawn as bars ({@code _method='bar'}). */
    private static final Set<String> HISTOGRAM_LINES = Set.of("histo", "ao", "accde");

    /** Lines drawn as markers only ({@code ls=''} with a marker). */
    private static final Set<String> DOT_LINES = Set.of("psar", "fractal_bearish", "fractal_bullish");

    private PlotInfo() {
    }

    /** Whether backtrader draws {@code ind} over the prices rather than in its own panel. */
    public static boolean overlay(Indicator ind) {
        return OVERLAYS.contains(ind.getClass().getSimpleName());
    }

    /** Whether {@code ind} appears on a chart: declared by the strategy, not a line operation. */
    public static boolean plotted(Indicator ind) {
        return !ind.isNested() && !"LineOp".equals(ind.getClass().getSimpleName()) && ind.lineCount() > 0;
    }

    /** The legend label: the class name, with its period when it has one, e.g. {@code MovingAverageSimple(30)}. */
    public static String label(Indicator ind) {
        String name = ind.getClass().getSimpleName();
        for (Class<?> c = ind.getClass(); c != null && c != Indicator.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("period");
                if (f.getType() == int.class) {
                    f.setAccessible(true);
                    return name + "(" + f.getInt(ind) + ")";
                }
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                return name;
            }
        }
        return name;
    }

    /**
     * The plot record of {@code ind} with {@code values[i]} the recorded values of its line
     * {@code i} (one per bar of its data).
     */
    public static IndicatorRecord record(Indicator ind, String label, double[][] values) {
        String cls = ind.getClass().getSimpleName();
        List<PlotLine> lines = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            String ln = ind.lineName(i);
            PlotLine.Style style = HISTOGRAM_LINES.contains(ln) ? PlotLine.Style.HISTOGRAM
                    : DOT_LINES.contains(ln) ? PlotLine.Style.DOTS : PlotLine.Style.LINE;
            lines.add(new PlotLine(ln, values[i], style));
        }
        double[] levels = LEVELS.get(cls);
        return new IndicatorRecord(label, !overlay(ind), lines, levels == null ? new double[0] : levels.clone());
    }
}
