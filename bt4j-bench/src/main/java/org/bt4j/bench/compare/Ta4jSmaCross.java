package org.bt4j.bench.compare;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The same SMA 10/30 crossover in ta4j 0.17, the Java peer, written the way its documentation
 * shows: a {@code BaseBarSeries} of {@link DoubleNum} bars (ta4j's fastest number type),
 * {@code SMAIndicator}s on the close, {@code CrossedUp}/{@code CrossedDown} rules, and
 * {@code BarSeriesManager} with {@code TradeOnNextOpenModel} (fill at the next bar's open), one
 * unit, long only. ta4j's crossing rules are not backtrader's CrossOver (they look back over
 * equal values differently, and ta4j sums SMA windows with plain doubles, not fsum), so the
 * trade count is close to, not equal to, the reference; the harness reports it without
 * asserting it. Stateless; each call is independent.
 */
public final class Ta4jSmaCross {

    private Ta4jSmaCross() {
    }

    /** Builds ta4j's bar series from the columns (one {@code Bar} object per bar). */
    public static BarSeries series(BarColumns bars) {
        BarSeries series = new BaseBarSeriesBuilder().withName("bt_bench").withNumTypeOf(DoubleNum.class).build();
        Duration minute = Duration.ofMinutes(1);
        long[] t = bars.time();
        double[] o = bars.open();
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        double[] v = bars.volume();
        for (int i = 0; i < bars.size(); i++) {
            ZonedDateTime end = ZonedDateTime.ofInstant(
                Instant.ofEpochSecond(Math.floorDiv(t[i], 1_000_000_000L), Math.floorMod(t[i], 1_000_000_000L)),
                ZoneOffset.UTC);
            series.addBar(minute, end, DoubleNum.valueOf(o[i]), DoubleNum.valueOf(h[i]), DoubleNum.valueOf(l[i]),
                DoubleNum.valueOf(c[i]), DoubleNum.valueOf(v[i]));
        }
        return series;
    }

    /** Runs SMA 10/30 crossover on {@code series}; start cash 10000, one unit per trade. */
    public static SmaCrossResult run(BarSeries series) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        BaseStrategy strategy = new BaseStrategy("smacross",
            new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow), 30);
        TradingRecord record = new BarSeriesManager(series, new TradeOnNextOpenModel()).run(strategy);
        double cash = 10_000.0;
        int closed = 0;
        int orders = 0;
        for (Position p : record.getPositions()) {
            cash += p.getExit().getPricePerAsset().doubleValue() - p.getEntry().getPricePerAsset().doubleValue();
            closed++;
            orders += 2;
        }
        double position = 0;
        Position open = record.getCurrentPosition();
        if (open != null && open.isOpened()) {
            Num entry = open.getEntry().getPricePerAsset();
            cash -= entry.doubleValue();
            position = 1;
            orders++;
        }
        double last = series.isEmpty() ? 0 : series.getLastBar().getClosePrice().doubleValue();
        return new SmaCrossResult(closed, orders, position, cash, cash + position * last);
    }
}
