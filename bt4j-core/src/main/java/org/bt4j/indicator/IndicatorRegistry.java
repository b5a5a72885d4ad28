package org.bt4j.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;

/**
 * Every indicator by backtrader name and alias, with its parameters (names, types, defaults) and
 * line names, and a factory applying it to a whole data feed as {@code bt.indicators.NAME(data,
 * **params)} does (single-input indicators use the close). Used by {@code bt4j indicator} and by
 * anything that builds indicators from text. Immutable after class initialisation; thread-safe.
 */
public final class IndicatorRegistry {

    /** A parameter's value kind. Immutable. */
    public enum Type { INT, FLOAT, BOOL, MOVAV, FLOATS }

    /** One declared parameter. Immutable value. */
    public record Param(String name, Type type, Object defaultValue) {
    }

    /** Builds an indicator on {@code data} from checked arguments, on the engine thread. */
    @FunctionalInterface
    public interface Factory {
        Indicator create(DataFeed data, Args args);
    }

    /** One indicator: canonical name, aliases, parameters, line names and factory. Immutable; thread-safe. */
    public record Entry(String name, List<String> aliases, List<Param> params, List<String> lines, Factory factory) {

        /** Builds the indicator on {@code data} with {@code raw} parameters as text (CLI syntax). */
        public Indicator create(DataFeed data, Map<String, String> raw) {
            return factory.create(data, Args.parse(this, raw));
        }

        /** The one-line description used by {@code --help}. */
        public String describe() {
            StringBuilder sb = new StringBuilder(name);
            if (!aliases.isEmpty()) {
                sb.append(" (").append(String.join(", ", aliases)).append(')');
            }
            sb.append(" lines: ").append(String.join(",", lines)).append("; params:");
            if (params.isEmpty()) {
                sb.append(" none");
            }
            for (Param p : params) {
                sb.append(' ').append(p.name()).append('=').append(Args.show(p.defaultValue()));
            }
            return sb.toString();
        }
    }

    private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Entry> BY_ALIAS = new LinkedHashMap<>();

    private IndicatorRegistry() {
    }

    /** Every entry in registration order. */
    public static List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));
    }

    /** The entry for a name or alias (case-sensitive first, then case-insensitive), or null. */
    public static Entry find(String name) {
        Entry e = BY_ALIAS.get(name);
        if (e == null) {
            for (Map.Entry<String, Entry> m : BY_ALIAS.entrySet()) {
                if (m.getKey().equalsIgnoreCase(name)) {
                    return m.getValue();
                }
            }
        }
        return e;
    }

    /** The entry for {@code name}; one-line IllegalArgumentException listing the valid names. */
    public static Entry get(String name) {
        Entry e = find(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown indicator '" + name + "'; valid: "
                + String.join(", ", BY_NAME.keySet()));
        }
        return e;
    }

    // ---- declarations --------------------------------------------------------------------

    private static Param p(String name, Object def) {
        Type t;
        if (def instanceof Integer) {
            t = Type.INT;
        } else if (def instanceof Double) {
            t = Type.FLOAT;
        } else if (def instanceof Boolean) {
            t = Type.BOOL;
        } else if (def instanceof MovingAverageType) {
            t = Type.MOVAV;
        } else if (def instanceof double[]) {
            t = Type.FLOATS;
        } else {
            throw new AssertionError(name);
        }
        return new Param(name, t, def);
    }

    private static List<String> l(String... xs) {
        return List.of(xs);
    }

    private static void reg(String name, List<String> aliases, List<String> lines, Factory f, Param... params) {
        Entry e = new Entry(name, aliases, List.of(params), lines, f);
        BY_NAME.put(name, e);
        BY_ALIAS.put(name, e);
        for (String a : aliases) {
            BY_ALIAS.put(a, e);
        }
    }

    private static final Param PERIOD30 = p("period", 30);

    private static void movingAverage(String name, List<String> aliases, String line, Factory f, Param... extra) {
        Param[] ps = new Param[extra.length + 1];
        ps[0] = PERIOD30;
        System.arraycopy(extra, 0, ps, 1, extra.length);
        reg(name, aliases, l(line), f, ps);
        Param[] env = new Param[ps.length + 1];
        System.arraycopy(ps, 0, env, 0, ps.length);
        env[ps.length] = p("perc", 2.5);
        List<String> envAliases = new ArrayList<>();
        List<String> oscAliases = new ArrayList<>();
        String shortName = aliases.get(0);
        for (String a : aliases) {
            envAliases.add(a + "Envelope");
        }
        oscAliases.add(name + "Osc");
        for (String a : aliases) {
            oscAliases.add(a + "Oscillator");
            oscAliases.add(a + "Osc");
        }
        reg(name + "Envelope", envAliases, l(line, "top", "bot"),
            (d, a) -> new EnvelopeOf(f.create(d, a), a.d("perc")), env);
        reg(name + "Oscillator", oscAliases, l(line),
            (d, a) -> new OscillatorOf(d, f.create(d, a)), ps);
        assert shortName != null;
    }

    /** The registry's generic envelope, equal in values to the generated {@code <MA>Envelope} classes. */
    private static final class EnvelopeOf extends MovingAverageEnvelope {
        EnvelopeOf(Indicator ma, double perc) {
            super(ma, perc);
        }
    }

    /** The registry's generic oscillator, equal in values to the generated {@code <MA>Oscillator} classes. */
    private static final class OscillatorOf extends MovingAverageOscillator {
        OscillatorOf(DataFeed d, Indicator ma) {
            super(d.close(), ma);
        }
    }

    static {
        Param period14 = p("period", 14);
        Param movavSma = p("movav", MovAv.SMA);
        Param movavSmma = p("movav", MovAv.SMMA);
        Param movavEma = p("movav", MovAv.EMA);

        movingAverage("MovingAverageSimple", l("SMA", "SimpleMovingAverage"), "sma",
            (d, a) -> new MovingAverageSimple(d.close(), a.i("period")));
        movingAverage("ExponentialMovingAverage", l("EMA", "MovingAverageExponential"), "ema",
            (d, a) -> new ExponentialMovingAverage(d.close(), a.i("period")));
        movingAverage("SmoothedMovingAverage", l("SMMA", "WilderMA", "MovingAverageSmoothed", "MovingAverageWilder",
            "ModifiedMovingAverage"), "smma", (d, a) -> new SmoothedMovingAverage(d.close(), a.i("period")));
        movingAverage("WeightedMovingAverage", l("WMA", "MovingAverageWeighted"), "wma",
            (d, a) -> new WeightedMovingAverage(d.close(), a.i("period")));
        movingAverage("DoubleExponentialMovingAverage", l("DEMA", "MovingAverageDoubleExponential"), "dema",
            (d, a) -> new DoubleExponentialMovingAverage(d.close(), a.i("period")));
        movingAverage("TripleExponentialMovingAverage", l("TEMA", "MovingAverageTripleExponential"), "tema",
            (d, a) -> new TripleExponentialMovingAverage(d.close(), a.i("period")));
        movingAverage("AdaptiveMovingAverage", l("KAMA", "MovingAverageAdaptive"), "kama",
            (d, a) -> new AdaptiveMovingAverage(d.close(), a.i("period"), a.i("fast"), a.i("slow")),
            p("fast", 2), p("slow", 30));
        movingAverage("ZeroLagExponentialMovingAverage", l("ZLEMA", "ZeroLagEma"), "zlema",
            (d, a) -> new ZeroLagExponentialMovingAverage(d.close(), a.i("period")));
        movingAverage("HullMovingAverage", l("HMA", "HullMA"), "hma",
            (d, a) -> new HullMovingAverage(d.close(), a.i("period")));
        movingAverage("ZeroLagIndicator", l("ZLIndicator", "ZLInd", "EC", "ErrorCorrecting"), "ec",
            (d, a) -> new ZeroLagIndicator(d.close(), a.i("period"), a.i("gainlimit")), p("gainlimit", 50));
        movingAverage("DicksonMovingAverage", l("DMA", "DicksonMA"), "dma",
            (d, a) -> new DicksonMovingAverage(d.close(), a.i("period"), a.i("gainlimit"), a.i("hperiod")),
            p("gainlimit", 50), p("hperiod", 7));
        reg("Envelope", l(), l("src", "top", "bot"), (d, a) -> new Envelope(d.close(), a.d("perc")), p("perc", 2.5));

        reg("Highest", l("MaxN"), l("highest"), (d, a) -> new Highest(d.close(), a.i("period")), p("period", 1));
        reg("Lowest", l("MinN"), l("lowest"), (d, a) -> new Lowest(d.close(), a.i("period")), p("period", 1));
        reg("SumN", l(), l("sumn"), (d, a) -> new SumN(d.close(), a.i("period")), p("period", 1));
        reg("AnyN", l(), l("anyn"), (d, a) -> new AnyN(d.close(), a.i("period")), p("period", 1));
        reg("AllN", l(), l("alln"), (d, a) -> new AllN(d.close(), a.i("period")), p("period", 1));
        reg("FindFirstIndexHighest", l(), l("index"), (d, a) -> new FindFirstIndexHighest(d.close(), a.i("period")),
            p("period", 1));
        reg("FindFirstIndexLowest", l(), l("index"), (d, a) -> new FindFirstIndexLowest(d.close(), a.i("period")),
            p("period", 1));
        reg("FindLastIndexHighest", l(), l("index"), (d, a) -> new FindLastIndexHighest(d.close(), a.i("period")),
            p("period", 1));
        reg("FindLastIndexLowest", l(), l("index"), (d, a) -> new FindLastIndexLowest(d.close(), a.i("period")),
            p("period", 1));
        reg("Accum", l("CumSum", "CumulativeSum"), l("accum"), (d, a) -> new Accum(d.close(), a.d("seed")),
            p("seed", 0.0));
        reg("Average", l("ArithmeticMean", "Mean"), l("av"), (d, a) -> new Average(d.close(), a.i("period")),
            p("period", 1));
        reg("ExponentialSmoothing", l("ExpSmoothing"), l("av"),
            (d, a) -> new ExponentialSmoothing(d.close(), a.i("period"), a.dOrNaN("alpha")), p("period", 1),
            new Param("alpha", Type.FLOAT, null));
        reg("WeightedAverage", l("AverageWeighted"), l("av"),
            (d, a) -> new WeightedAverage(d.close(), a.i("period"), a.d("coef"), a.ds("weights")),
            p("period", 1), p("coef", 1.0), p("weights", new double[0]));

        Param[] rsiParams = {period14, movavSmma, p("upperband", 70.0), p("lowerband", 30.0), p("safediv", false),
            p("safehigh", 100.0), p("safelow", 50.0), p("lookback", 1)};
        reg("RelativeStrengthIndex", l("RSI", "RSI_SMMA", "RSI_Wilder"), l("rsi"), IndicatorRegistry::rsi, rsiParams);
        reg("RSI_Safe", l(), l("rsi"), IndicatorRegistry::rsi, with(rsiParams, p("safediv", true)));
        reg("RSI_SMA", l("RSI_Cutler"), l("rsi"), IndicatorRegistry::rsi, with(rsiParams, movavSma));
        reg("RSI_EMA", l(), l("rsi"), IndicatorRegistry::rsi, with(rsiParams, movavEma));
        reg("RelativeMomentumIndex", l("RMI"), l("rsi"), IndicatorRegistry::rsi,
            with(with(rsiParams, p("period", 20)), p("lookback", 5)));
        reg("UpDay", l(), l("upday"), (d, a) -> new UpDay(d.close(), a.i("period")), p("period", 1));
        reg("DownDay", l(), l("downday"), (d, a) -> new DownDay(d.close(), a.i("period")), p("period", 1));
        reg("UpDayBool", l(), l("upday"), (d, a) -> new UpDayBool(d.close(), a.i("period")), p("period", 1));
        reg("DownDayBool", l(), l("downday"), (d, a) -> new DownDayBool(d.close(), a.i("period")), p("period", 1));
        reg("Momentum", l(), l("momentum"), (d, a) -> new Momentum(d.close(), a.i("period")), p("period", 12));
        reg("MomentumOscillator", l("MomentumOsc"), l("momosc"),
            (d, a) -> new MomentumOscillator(d.close(), a.i("period")), p("period", 12), p("band", 100.0));
        reg("RateOfChange", l("ROC"), l("roc"), (d, a) -> new RateOfChange(d.close(), a.i("period")), p("period", 12));
        reg("RateOfChange100", l("ROC100"), l("roc100"), (d, a) -> new RateOfChange100(d.close(), a.i("period")),
            p("period", 12));
        reg("PercentChange", l("PctChange"), l("pctchange"), (d, a) -> new PercentChange(d.close(), a.i("period")),
            p("period", 30));
        reg("PercentRank", l("PctRank"), l("pctrank"), (d, a) -> new PercentRank(d.close(), a.i("period")),
            p("period", 50));
        reg("MACD", l(), l("macd", "signal"), (d, a) -> new MACD(d.close(), a.i("period_me1"), a.i("period_me2"),
            a.i("period_signal"), a.movav("movav")), p("period_me1", 12), p("period_me2", 26), p("period_signal", 9),
            movavEma);
        reg("MACDHisto", l("MACDHistogram"), l("macd", "signal", "histo"), (d, a) -> new MACDHisto(d.close(),
            a.i("period_me1"), a.i("period_me2"), a.i("period_signal"), a.movav("movav")), p("period_me1", 12),
            p("period_me2", 26), p("period_signal", 9), movavEma);
        Param[] stoch = {period14, p("period_dfast", 3), movavSma, p("upperband", 80.0), p("lowerband", 20.0),
            p("safediv", false), p("safezero", 0.0)};
        reg("StochasticFast", l(), l("percK", "percD"), (d, a) -> new StochasticFast(d, a.i("period"),
            a.i("period_dfast"), a.movav("movav"), a.b("safediv"), a.d("safezero")), stoch);
        reg("Stochastic", l("StochasticSlow"), l("percK", "percD"), (d, a) -> new Stochastic(d, a.i("period"),
            a.i("period_dfast"), a.i("period_dslow"), a.movav("movav"), a.b("safediv"), a.d("safezero")),
            with(stoch, p("period_dslow", 3)));
        reg("StochasticFull", l(), l("percK", "percD", "percDSlow"), (d, a) -> new StochasticFull(d, a.i("period"),
            a.i("period_dfast"), a.i("period_dslow"), a.movav("movav"), a.b("safediv"), a.d("safezero")),
            with(stoch, p("period_dslow", 3)));
        reg("WilliamsR", l(), l("percR"), (d, a) -> new WilliamsR(d, a.i("period")), period14,
            p("upperband", -20.0), p("lowerband", -80.0));
        reg("WilliamsAD", l(), l("ad"), (d, a) -> new WilliamsAD(d));
        reg("CommodityChannelIndex", l("CCI"), l("cci"), (d, a) -> new CommodityChannelIndex(d, a.i("period"),
            a.d("factor"), a.movav("movav")), p("period", 20), p("factor", 0.015), movavSma, p("upperband", 100.0),
            p("lowerband", -100.0));
        reg("StandardDeviation", l("StdDev"), l("stddev"), (d, a) -> new StandardDeviation(d.close(), a.i("period"),
            a.movav("movav"), a.b("safepow")), p("period", 20), movavSma, p("safepow", true));
        reg("MeanDeviation", l("MeanDev"), l("meandev"), (d, a) -> new MeanDeviation(d.close(), null, a.i("period"),
            a.movav("movav")), p("period", 20), movavSma);
        reg("BollingerBands", l("BBands"), l("mid", "top", "bot"), (d, a) -> new BollingerBands(d.close(),
            a.i("period"), a.d("devfactor"), a.movav("movav")), p("period", 20), p("devfactor", 2.0), movavSma);
        reg("BollingerBandsPct", l(), l("mid", "top", "bot", "pctb"), (d, a) -> new BollingerBandsPct(d.close(),
            a.i("period"), a.d("devfactor"), a.movav("movav")), p("period", 20), p("devfactor", 2.0), movavSma);
        reg("TrueHigh", l(), l("truehigh"), (d, a) -> new TrueHigh(d));
        reg("TrueLow", l(), l("truelow"), (d, a) -> new TrueLow(d));
        reg("TrueRange", l("TR"), l("tr"), (d, a) -> new TrueRange(d));
        reg("AverageTrueRange", l("ATR"), l("atr"), (d, a) -> new AverageTrueRange(d, a.i("period"),
            a.movav("movav")), period14, movavSmma);
        reg("UltimateOscillator", l(), l("uo"), (d, a) -> new UltimateOscillator(d, a.i("p1"), a.i("p2"), a.i("p3")),
            p("p1", 7), p("p2", 14), p("p3", 28), p("upperband", 70.0), p("lowerband", 30.0));
        reg("AwesomeOscillator", l("AwesomeOsc", "AO"), l("ao"), (d, a) -> new AwesomeOscillator(d, a.i("fast"),
            a.i("slow"), a.movav("movav")), p("fast", 5), p("slow", 34), movavSma);
        reg("AccelerationDecelerationOscillator", l("AccDeOsc"), l("accde"),
            (d, a) -> new AccelerationDecelerationOscillator(d, a.i("period"), a.movav("movav")), p("period", 5),
            movavSma);
        reg("PriceOscillator", l("PriceOsc", "AbsolutePriceOscillator", "APO", "AbsPriceOsc"), l("po"),
            (d, a) -> new PriceOscillator(d.close(), a.i("period1"), a.i("period2"), a.movav("_movav")),
            p("period1", 12), p("period2", 26), p("_movav", MovAv.EMA));
        reg("PercentagePriceOscillator", l("PPO", "PercPriceOsc"), l("ppo", "signal", "histo"),
            (d, a) -> new PercentagePriceOscillator(d.close(), a.i("period1"), a.i("period2"), a.i("period_signal"),
                a.movav("_movav")), p("period1", 12), p("period2", 26), p("_movav", MovAv.EMA), p("period_signal", 9));
        reg("PercentagePriceOscillatorShort", l("PPOShort", "PercPriceOscShort"), l("ppo", "signal", "histo"),
            (d, a) -> new PercentagePriceOscillatorShort(d.close(), a.i("period1"), a.i("period2"),
                a.i("period_signal"), a.movav("_movav")), p("period1", 12), p("period2", 26), p("_movav", MovAv.EMA),
            p("period_signal", 9));
        reg("PrettyGoodOscillator", l("PGO", "PrettyGoodOsc"), l("pgo"), (d, a) -> new PrettyGoodOscillator(d,
            a.i("period"), a.movav("_movav")), period14, p("_movav", MovAv.SMA));
        reg("DetrendedPriceOscillator", l("DPO"), l("dpo"), (d, a) -> new DetrendedPriceOscillator(d.close(),
            a.i("period"), a.movav("movav")), p("period", 20), movavSma);
        reg("Trix", l("TRIX"), l("trix"), (d, a) -> new Trix(d.close(), a.i("period")), p("period", 15));
        reg("TrixSignal", l(), l("trix", "signal"), (d, a) -> new TrixSignal(d.close(), a.i("period"),
            a.i("sigperiod")), p("period", 15), p("sigperiod", 9));
        reg("TrueStrengthIndicator", l("TSI"), l("tsi"), (d, a) -> new TrueStrengthIndicator(d.close(),
            a.i("period1"), a.i("period2"), a.i("pchange")), p("period1", 25), p("period2", 13), p("pchange", 1));
        reg("KnowSureThing", l("KST"), l("kst", "signal"), (d, a) -> new KnowSureThing(d.close(),
            new int[] {a.i("rp1"), a.i("rp2"), a.i("rp3"), a.i("rp4")},
            new int[] {a.i("rma1"), a.i("rma2"), a.i("rma3"), a.i("rma4")}, a.i("rsignal"), a.ds("rfactors")),
            p("rp1", 10), p("rp2", 15), p("rp3", 20), p("rp4", 30), p("rma1", 10), p("rma2", 10), p("rma3", 10),
            p("rma4", 10), p("rsignal", 9), p("rfactors", new double[] {1.0, 2.0, 3.0, 4.0}));
        reg("LaguerreRSI", l("LRSI"), l("lrsi"), (d, a) -> new LaguerreRSI(d.close(), a.d("gamma"), a.i("period")),
            p("gamma", 0.5), p("period", 6));
        reg("LaguerreFilter", l("LAGF"), l("lfilter"), (d, a) -> new LaguerreFilter(d.close(), a.d("gamma")),
            p("gamma", 0.5));
        reg("DV2", l(), l("dv2"), (d, a) -> new DV2(d, a.i("period"), a.i("maperiod")), p("period", 252),
            p("maperiod", 2));
        reg("UpMove", l(), l("upmove"), (d, a) -> new UpMove(d.close()));
        reg("DownMove", l(), l("downmove"), (d, a) -> new DownMove(d.close()));
        reg("DirectionalIndicator", l("DI"), l("plusDI", "minusDI"),
            (d, a) -> new DirectionalIndicator(d, a.i("period"), a.movav("movav")), period14, movavSmma);
        reg("PlusDirectionalIndicator", l("PlusDI", "+DI"), l("plusDI"),
            (d, a) -> new PlusDirectionalIndicator(d, a.i("period"), a.movav("movav")), period14, movavSmma);
        reg("MinusDirectionalIndicator", l("MinusDI", "-DI"), l("minusDI"),
            (d, a) -> new MinusDirectionalIndicator(d, a.i("period"), a.movav("movav")), period14, movavSmma);
        reg("AverageDirectionalMovementIndex", l("ADX"), l("adx"),
            (d, a) -> new AverageDirectionalMovementIndex(d, a.i("period"), a.movav("movav")), period14, movavSmma);
        reg("AverageDirectionalMovementIndexRating", l("ADXR"), l("adx", "adxr"),
            (d, a) -> new AverageDirectionalMovementIndexRating(d, a.i("period"), a.movav("movav")), period14,
            movavSmma);
        reg("DirectionalMovementIndex", l("DMI"), l("adx", "plusDI", "minusDI"),
            (d, a) -> new DirectionalMovementIndex(d, a.i("period"), a.movav("movav")), period14, movavSmma);
        reg("DirectionalMovement", l("DM"), l("adx", "adxr", "plusDI", "minusDI"),
            (d, a) -> new DirectionalMovement(d, a.i("period"), a.movav("movav")), period14, movavSmma);
        Param[] aroon = {period14, p("upperband", 70), p("lowerband", 30)};
        reg("AroonUp", l(), l("aroonup"), (d, a) -> new AroonUp(d, a.i("period")), aroon);
        reg("AroonDown", l(), l("aroondown"), (d, a) -> new AroonDown(d, a.i("period")), aroon);
        reg("AroonUpDown", l("AroonIndicator"), l("aroonup", "aroondown"), (d, a) -> new AroonUpDown(d,
            a.i("period")), aroon);
        reg("AroonOscillator", l("AroonOsc"), l("aroonosc"), (d, a) -> new AroonOscillator(d, a.i("period")), aroon);
        reg("AroonUpDownOscillator", l("AroonUpDownOsc"), l("aroonup", "aroondown", "aroonosc"),
            (d, a) -> new AroonUpDownOscillator(d, a.i("period")), aroon);
        reg("ParabolicSAR", l("PSAR"), l("psar"), (d, a) -> new ParabolicSAR(d, a.i("period"), a.d("af"),
            a.d("afmax")), p("period", 2), p("af", 0.02), p("afmax", 0.20));
        reg("Ichimoku", l(), l("tenkan_sen", "kijun_sen", "senkou_span_a", "senkou_span_b", "chikou_span"),
            (d, a) -> new Ichimoku(d, a.i("tenkan"), a.i("kijun"), a.i("senkou"), a.i("senkou_lead"),
                a.i("chikou")), p("tenkan", 9), p("kijun", 26), p("senkou", 52), p("senkou_lead", 26),
            p("chikou", 26));
        reg("Vortex", l(), l("vi_plus", "vi_minus"), (d, a) -> new Vortex(d, a.i("period")), period14);
        reg("PivotPoint", l(), l("p", "s1", "s2", "r1", "r2"), (d, a) -> new PivotPoint(d, a.b("open"), a.b("close")),
            p("open", false), p("close", false));
        reg("FibonacciPivotPoint", l(), l("p", "s1", "s2", "s3", "r1", "r2", "r3"),
            (d, a) -> new FibonacciPivotPoint(d, a.b("open"), a.b("close"), a.d("level1"), a.d("level2"),
                a.d("level3")), p("open", false), p("close", false), p("level1", 0.382), p("level2", 0.618),
            p("level3", 1.0));
        reg("DemarkPivotPoint", l(), l("p", "s1", "r1"), (d, a) -> new DemarkPivotPoint(d), p("open", false),
            p("close", false), p("level1", 0.382), p("level2", 0.618), p("level3", 1.0));
        reg("HeikinAshi", l(), l("ha_open", "ha_high", "ha_low", "ha_close"), (d, a) -> new HeikinAshi(d));
        reg("haDelta", l("haD"), l("haDelta", "smoothed"), (d, a) -> new haDelta(d, a.i("period"), a.movav("movav"),
            a.b("autoheikin")), p("period", 3), movavSma, p("autoheikin", true));
        reg("HurstExponent", l("Hurst"), l("hurst"), (d, a) -> new HurstExponent(d.close(), a.i("period"),
            a.iOrZero("lag_start"), a.iOrZero("lag_end")), p("period", 40), new Param("lag_start", Type.INT, null),
            new Param("lag_end", Type.INT, null));
        reg("Fractal", l(), l("fractal_bearish", "fractal_bullish"), (d, a) -> new Fractal(d, a.i("period"),
            a.d("bardist"), a.i("shift_to_potential_fractal")), p("period", 5), p("bardist", 0.015),
            p("shift_to_potential_fractal", 2));
    }

    private static Indicator rsi(DataFeed d, Args a) {
        return new RelativeStrengthIndex(d.close(), a.i("period"), a.movav("movav"), a.b("safediv"),
            a.d("safehigh"), a.d("safelow"), a.i("lookback"));
    }

    /** {@code params} with the default of {@code changed.name()} replaced, or with it appended. */
    private static Param[] with(Param[] params, Param changed) {
        Param[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i].name().equals(changed.name())) {
                out[i] = changed;
                return out;
            }
        }
        Param[] longer = java.util.Arrays.copyOf(params, params.length + 1);
        longer[params.length] = changed;
        return longer;
    }

    /**
     * Checked parameter values of one indicator instance, parsed like backtrader's CLI cases. Used on
     * the thread that builds the indicator.
     */
    public static final class Args {

        private final Map<String, Object> values;

        private Args(Map<String, Object> values) {
            this.values = values;
        }

        static Args parse(Entry e, Map<String, String> raw) {
            Map<String, Object> v = new LinkedHashMap<>();
            for (Param p : e.params()) {
                v.put(p.name(), p.defaultValue());
            }
            for (Map.Entry<String, String> r : raw.entrySet()) {
                Param p = null;
                for (Param q : e.params()) {
                    if (q.name().equals(r.getKey())) {
                        p = q;
                    }
                }
                if (p == null) {
                    List<String> names = new ArrayList<>();
                    e.params().forEach(q -> names.add(q.name()));
                    throw new IllegalArgumentException("unknown parameter '" + r.getKey() + "' for " + e.name()
                        + "; valid: " + (names.isEmpty() ? "(none)" : String.join(", ", names)));
                }
                v.put(p.name(), convert(e, p, r.getValue().trim()));
            }
            return new Args(v);
        }

        private static Object convert(Entry e, Param p, String text) {
            String where = "parameter " + p.name() + " of " + e.name();
            try {
                switch (p.type()) {
                    case INT:
                        return Integer.parseInt(text);
                    case FLOAT:
                        return Double.parseDouble(text);
                    case BOOL:
                        if (text.equals("True") || text.equals("False")) {
                            return text.equals("True");
                        }
                        throw new IllegalArgumentException(where + " must be True or False, got '" + text + "'");
                    case MOVAV:
                        return MovAv.byName(text);
                    case FLOATS: {
                        String[] parts = text.split(",");
                        double[] ds = new double[parts.length];
                        for (int i = 0; i < parts.length; i++) {
                            ds[i] = Double.parseDouble(parts[i].trim());
                        }
                        return ds;
                    }
                    default:
                        throw new AssertionError(p.type());
                }
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(where + " must be " + p.type().name().toLowerCase(Locale.ROOT)
                    + ", got '" + text + "'");
            }
        }

        int i(String name) {
            return (Integer) values.get(name);
        }

        /** An int parameter whose default is None: 0 stands for None. */
        int iOrZero(String name) {
            Object o = values.get(name);
            return o == null ? 0 : (Integer) o;
        }

        double d(String name) {
            return ((Number) values.get(name)).doubleValue();
        }

        double dOrNaN(String name) {
            Object o = values.get(name);
            return o == null ? Double.NaN : ((Number) o).doubleValue();
        }

        boolean b(String name) {
            return (Boolean) values.get(name);
        }

        MovingAverageType movav(String name) {
            return (MovingAverageType) values.get(name);
        }

        double[] ds(String name) {
            return (double[]) values.get(name);
        }

        static String show(Object v) {
            if (v == null) {
                return "None";
            }
            if (v instanceof Boolean bo) {
                return bo ? "True" : "False";
            }
            if (v instanceof double[] ds) {
                StringBuilder sb = new StringBuilder();
                for (double x : ds) {
                    sb.append(sb.length() == 0 ? "" : ",").append(x);
                }
                return sb.length() == 0 ? "()" : sb.toString();
            }
            if (v instanceof MovingAverageType m) {
                for (String n : new String[] {"SMA", "EMA", "SMMA", "WMA", "DEMA", "TEMA", "KAMA", "ZLEMA", "HMA",
                    "ZLInd", "DMA"}) {
                    if (MovAv.find(n) == m) {
                        return n;
                    }
                }
                return "movav";
            }
            return String.valueOf(v);
        }
    }
}
