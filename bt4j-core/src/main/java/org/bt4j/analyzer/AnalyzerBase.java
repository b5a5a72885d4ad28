package org.bt4j.analyzer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;

/**
 * Common base of bt4j's built-in analyzers, reproducing backtrader's {@code Analyzer} driving:
 * child analyzers (e.g. SharpeRatio's TimeReturn) see every callback before their parent;
 * {@code prenext} and {@code nextstart} fall through to {@code next} unless overridden; results
 * go to the ordered map {@link #rets}. Subclasses override the {@code on*} hooks. Engine thread
 * only.
 */
public abstract class AnalyzerBase implements Analyzer {

    /** backtrader's {@code sys.maxsize}, used as "no minimum yet" by TradeAnalyzer. */
    static final long MAXINT = Long.MAX_VALUE;
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** The analysed strategy (set at start). */
    protected Strategy strategy;
    /** The strategy's first data (backtrader's {@code self.data}). */
    protected DataFeed data;
    /** The results, in backtrader's key order. */
    protected final Map<String, Object> rets = new LinkedHashMap<>();
    private final List<AnalyzerBase> children = new ArrayList<>();

    /** Registers a child analyzer, driven before this one (backtrader's analyzers created in {@code __init__}). */
    protected final <T extends AnalyzerBase> T addChild(T child) {
        children.add(child);
        return child;
    }

    @Override
    public final void start(Strategy s) {
        this.strategy = s;
        this.data = s.data();
        for (AnalyzerBase c : children) {
            c.start(s);
        }
        cycleStart();
    }

    @Override
    public final void prenext() {
        for (AnalyzerBase c : children) {
            c.prenext();
        }
        cyclePrenext();
    }

    @Override
    public final void nextStart() {
        for (AnalyzerBase c : children) {
            c.nextStart();
        }
        cycleNextStart();
    }

    @Override
    public final void next() {
        for (AnalyzerBase c : children) {
            c.next();
        }
        cycleNext();
    }

    @Override
    public final void notifyOrder(Order order) {
        for (AnalyzerBase c : children) {
            c.notifyOrder(order);
        }
        onOrder(order);
    }

    @Override
    public final void notifyTrade(Trade trade) {
        for (AnalyzerBase c : children) {
            c.notifyTrade(trade);
        }
        onTrade(trade);
    }

    @Override
    public final void notifyCashValue(double cash, double value) {
        for (AnalyzerBase c : children) {
            c.notifyCashValue(cash, value);
        }
        onCashValue(cash, value);
    }

    @Override
    public final void notifyFund(double cash, double value, double fundValue, double shares) {
        for (AnalyzerBase c : children) {
            c.notifyFund(cash, value, fundValue, shares);
        }
        onFund(cash, value, fundValue, shares);
    }

    @Override
    public final void stop() {
        for (AnalyzerBase c : children) {
            c.stop();
        }
        onStop();
    }

    @Override
    public Map<String, Object> analysis() {
        return rets;
    }

    // driving steps, specialised by TimeFrameAnalyzerBase

    void cycleStart() {
        onStart();
    }

    void cyclePrenext() {
        onPrenext();
    }

    void cycleNextStart() {
        onNextStart();
    }

    void cycleNext() {
        onNext();
    }

    // hooks (backtrader's start, prenext, nextstart, next, notify_*, stop)

    /** Before the first bar. */
    protected void onStart() {
    }

    /** A warm-up bar; calls {@link #onNext()} as backtrader does. */
    protected void onPrenext() {
        onNext();
    }

    /** The first bar after warm-up; calls {@link #onNext()}. */
    protected void onNextStart() {
        onNext();
    }

    /** A bar. */
    protected void onNext() {
    }

    /** An order notification. */
    protected void onOrder(Order order) {
    }

    /** A trade notification. */
    protected void onTrade(Trade trade) {
    }

    /** Cash and value of this cycle. */
    protected void onCashValue(double cash, double value) {
    }

    /** Cash, value, fund value and shares of this cycle. */
    protected void onFund(double cash, double value, double fundValue, double shares) {
    }

    /** After the last bar. */
    protected void onStop() {
    }

    // helpers

    /** Whether values are fund values: {@code fund} when given, else the broker's fund mode. */
    final boolean fundMode(Boolean fund) {
        return fund != null ? fund : strategy.broker().fundMode();
    }

    /** The bar time {@code nanos} as a naive local date-time in data 0's zone (backtrader's {@code datetime()}). */
    final LocalDateTime local(long nanos) {
        ZoneId zone = data.tz() == null ? ZoneOffset.UTC : data.tz();
        return LocalDateTime.ofInstant(
                Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)), zone);
    }

    /** A result key for a date-time: {@code %Y-%m-%dT%H:%M:%S}, truncated to seconds. */
    static String key(LocalDateTime dt) {
        return KEY.format(dt);
    }

    /** backtrader's {@code average(x, bessel)}: {@code fsum(x) / (len(x) - bessel)}. */
    static double average(List<Double> x, boolean bessel) {
        org.bt4j.util.FSum sum = new org.bt4j.util.FSum();
        for (double v : x) {
            sum.add(v);
        }
        return sum.value() / (x.size() - (bessel ? 1 : 0));
    }

    /** backtrader's {@code standarddev(x, avgx, bessel)}. */
    static double standardDev(List<Double> x, Double avgx, boolean bessel) {
        double avg = avgx != null ? avgx : average(x, false);
        List<Double> var = new ArrayList<>(x.size());
        for (double v : x) {
            var.add(Math.pow(v - avg, 2.0));
        }
        return Math.sqrt(average(var, bessel));
    }
}
