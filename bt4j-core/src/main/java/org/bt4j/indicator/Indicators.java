package org.bt4j.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.LineSeries;

/**
 * backtrader's indicator short names as methods, taking what backtrader takes: any
 * {@link LineSeries} as input — a data feed (its close), an indicator (its first line) or a single
 * line — and, when the input is left out, the first data ({@code sma(15)} is backtrader's
 * {@code SMA(period=15)} over {@code self.data}). Defaults are backtrader's. A
 * {@link org.bt4j.strategy.Strategy} implements this interface, so inside {@code init()} a
 * backtrader line such as {@code CrossOver(SMA(self.data1, period=10), SMA(period=30))} reads
 * {@code crossOver(sma(data(1), 10), sma(30))}. Every class keeps its full backtrader name
 * ({@link MovingAverageSimple}, …) and its full constructor for the parameters not offered here;
 * an indicator made here carries backtrader's short name ({@code SMA}) in writers' summaries.
 * Set-up time only (inside {@code init()}), engine thread.
 */
public interface Indicators {

    /** The data an indicator reads when no input is given (the strategy's first data). */
    DataFeed data();

    /** backtrader's {@code SMA(period)} over the first data. */
    default MovingAverageSimple sma(int period) {
        return sma(data(), period);
    }

    /** backtrader's {@code SMA(input, period)}. */
    default MovingAverageSimple sma(LineSeries input, int period) {
        return named(new MovingAverageSimple(input.line(0), period), "SMA");
    }

    /**
     * backtrader's {@code self.p._movav(period=period)}: the moving average of {@code type}
     * ({@link MovAv#SMA}, …) over the first data, named by its short name ({@code SMA}).
     */
    default org.bt4j.line.Indicator movAv(MovingAverageType type, int period) {
        return movAv(type, data(), period);
    }

    /** backtrader's {@code self.p._movav(input, period=period)}, named by the type's short name. */
    default org.bt4j.line.Indicator movAv(MovingAverageType type, LineSeries input, int period) {
        org.bt4j.line.Indicator ind = type.create(input.line(0), period);
        String name = MovAv.name(type);
        return name == null ? ind : named(ind, name);
    }

    /** backtrader's {@code EMA(period)} over the first data. */
    default ExponentialMovingAverage ema(int period) {
        return ema(data(), period);
    }

    /** backtrader's {@code EMA(input, period)}. */
    default ExponentialMovingAverage ema(LineSeries input, int period) {
        return named(new ExponentialMovingAverage(input.line(0), period), "EMA");
    }

    /** backtrader's {@code WMA(input, period)}. */
    default WeightedMovingAverage wma(LineSeries input, int period) {
        return named(new WeightedMovingAverage(input.line(0), period), "WMA");
    }

    /** backtrader's {@code SMMA(input, period)} (Wilder's smoothing). */
    default SmoothedMovingAverage smma(LineSeries input, int period) {
        return named(new SmoothedMovingAverage(input.line(0), period), "SMMA");
    }

    /** backtrader's {@code DEMA(input, period)}. */
    default DoubleExponentialMovingAverage dema(LineSeries input, int period) {
        return named(new DoubleExponentialMovingAverage(input.line(0), period), "DEMA");
    }

    /** backtrader's {@code KAMA(input, period)} (fast 2, slow 30). */
    default AdaptiveMovingAverage kama(LineSeries input, int period) {
        return named(new AdaptiveMovingAverage(input.line(0), period), "KAMA");
    }

    /** backtrader's {@code HMA(input, period)}. */
    default HullMovingAverage hma(LineSeries input, int period) {
        return named(new HullMovingAverage(input.line(0), period), "HMA");
    }

    /** backtrader's {@code RSI()} over the first data: period 14, smoothed averages. */
    default RelativeStrengthIndex rsi() {
        return rsi(data(), 14);
    }

    /** backtrader's {@code RSI(period)} over the first data. */
    default RelativeStrengthIndex rsi(int period) {
        return rsi(data(), period);
    }

    /** backtrader's {@code RSI(input, period)}. */
    default RelativeStrengthIndex rsi(LineSeries input, int period) {
        return named(new RelativeStrengthIndex(input.line(0), period), "RSI");
    }

    /** backtrader's {@code ATR()} over the first data: period 14. */
    default AverageTrueRange atr() {
        return atr(data(), 14);
    }

    /** backtrader's {@code ATR(period)} over the first data. */
    default AverageTrueRange atr(int period) {
        return atr(data(), period);
    }

    /** backtrader's {@code ATR(data, period)} (it reads high, low and close, so it takes a feed). */
    default AverageTrueRange atr(DataFeed data, int period) {
        return named(new AverageTrueRange(data, period), "ATR");
    }

    /** backtrader's {@code BBands()} over the first data: period 20, 2 deviations, SMA. */
    default BollingerBands bbands() {
        return bbands(data(), 20, 2.0);
    }

    /** backtrader's {@code BBands(period, devfactor)} over the first data. */
    default BollingerBands bbands(int period, double devfactor) {
        return bbands(data(), period, devfactor);
    }

    /** backtrader's {@code BBands(input, period, devfactor)} (lines mid, top, bot). */
    default BollingerBands bbands(LineSeries input, int period, double devfactor) {
        return named(new BollingerBands(input.line(0), period, devfactor, MovAv.SMA), "BBands");
    }

    /** backtrader's {@code MACD()} over the first data: 12, 26, 9 with EMAs. */
    default MACD macd() {
        return macd(data(), 12, 26, 9);
    }

    /** backtrader's {@code MACD(input, period_me1, period_me2, period_signal)} (lines macd, signal). */
    default MACD macd(LineSeries input, int periodMe1, int periodMe2, int periodSignal) {
        return named(new MACD(input.line(0), periodMe1, periodMe2, periodSignal, MovAv.EMA), "MACD");
    }

    /** backtrader's {@code Stochastic()} over the first data: 14, 3, 3 (lines percK, percD). */
    default Stochastic stochastic() {
        return named(new Stochastic(data()), "Stochastic");
    }

    /** backtrader's {@code Highest(input, period)} (MaxN). */
    default Highest highest(LineSeries input, int period) {
        return named(new Highest(input.line(0), period), "Highest");
    }

    /** backtrader's {@code Lowest(input, period)} (MinN). */
    default Lowest lowest(LineSeries input, int period) {
        return named(new Lowest(input.line(0), period), "Lowest");
    }

    /** backtrader's {@code StdDev(input, period)}. */
    default StandardDeviation stddev(LineSeries input, int period) {
        return named(new StandardDeviation(input.line(0), period, MovAv.SMA, true), "StdDev");
    }

    /** backtrader's {@code Momentum(input, period)}. */
    default Momentum momentum(LineSeries input, int period) {
        return named(new Momentum(input.line(0), period), "Momentum");
    }

    /** backtrader's {@code ROC(input, period)}. */
    default RateOfChange roc(LineSeries input, int period) {
        return named(new RateOfChange(input.line(0), period), "ROC");
    }

    /** backtrader's {@code CrossOver(a, b)}: +1 when {@code a} crosses above {@code b}, -1 below, else 0. */
    default CrossOver crossOver(LineSeries a, LineSeries b) {
        return named(new CrossOver(a, b), "CrossOver");
    }

    /** backtrader's {@code CrossUp(a, b)}: 1 when {@code a} crosses above {@code b}. */
    default CrossUp crossUp(LineSeries a, LineSeries b) {
        return named(new CrossUp(a, b), "CrossUp");
    }

    /** backtrader's {@code CrossDown(a, b)}: 1 when {@code a} crosses below {@code b}. */
    default CrossDown crossDown(LineSeries a, LineSeries b) {
        return named(new CrossDown(a, b), "CrossDown");
    }

    /**
     * backtrader's {@code line()} call ({@code pp.s1()}): {@code source}, of a slower timeframe,
     * read on the first data's bars, so it can be mixed with that data's lines.
     */
    default LineCoupler couple(LineSeries source) {
        return new LineCoupler(source.line(0), data());
    }

    /**
     * Any indicator by backtrader name or alias over the first data, parameters by name, as
     * {@code bt.indicators.NAME(self.data, **params)}: {@code indicator("SMA", Map.of("period", 15))}.
     * The table is {@link IndicatorRegistry}'s, the one {@code bt4j indicator} uses; an unknown name
     * or parameter is refused with one sentence naming the valid ones.
     */
    default org.bt4j.line.Indicator indicator(String name, Map<String, ?> params) {
        return indicator(name, data(), params);
    }

    /**
     * {@code bt.indicators.NAME(data, **params)} by name: single-input indicators read the data's
     * close; values are given as numbers, booleans or their text ({@code "SMA"} for a moving average type).
     */
    default org.bt4j.line.Indicator indicator(String name, DataFeed data, Map<String, ?> params) {
        IndicatorRegistry.Entry e = IndicatorRegistry.get(name);
        Map<String, String> raw = new LinkedHashMap<>();
        params.forEach((k, v) -> raw.put(k, String.valueOf(v)));
        org.bt4j.line.Indicator ind = e.create(data, raw);
        return e.aliases().contains(name) ? named(ind, name) : ind;
    }

    /** {@code ind}, named by the backtrader short name it was created with (shown by writers and reports). */
    private static <T extends org.bt4j.line.Indicator> T named(T ind, String shortName) {
        ind.alias(shortName);
        return ind;
    }
}
