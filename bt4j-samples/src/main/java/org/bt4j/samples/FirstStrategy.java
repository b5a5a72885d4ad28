package org.bt4j.samples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.DrawDown;
import org.bt4j.analyzer.SQN;
import org.bt4j.analyzer.SharpeRatio;
import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.RelativeStrengthIndex;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.report.RunRecord;
import org.bt4j.report.RunRecorder;
import org.bt4j.report.chart.ChartWriter;
import org.bt4j.report.html.HtmlReport;
import org.bt4j.strategy.BracketArgs;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * "My first strategy": an SMA crossover entered at market with a bracket (stop 3 % below,
 * take-profit 6 % above) when the RSI is not overbought, 0.1 % commission, analyzers fetched by
 * name (SharpeRatio with backtrader's {@code legacyannual}), and backtrader's {@code cerebro.plot()}
 * from Java: a {@link RunRecorder} attached like an analyzer, then {@link ChartWriter} (PNG or SVG)
 * and {@link HtmlReport} (the HTML report) from its record. Compared line by line with the same
 * strategy written for backtrader ({@code samples/first-strategy.py} in the test resources).
 * Arguments: {@code --data}, and {@code --plot FILE.png|.svg} and {@code --report FILE.html} for
 * the files (nothing printed changes). One run, one thread.
 */
public final class FirstStrategy {

    private FirstStrategy() {
    }

    /** The strategy. */
    public static final class Cross extends Strategy {
        @Param(doc = "fast SMA period") int fast = 10;
        @Param(doc = "slow SMA period") int slow = 30;
        @Param(doc = "RSI period") int rsiPeriod = 14;
        @Param(doc = "no entry above this RSI") double rsiMax = 70.0;
        @Param(doc = "stop distance, a fraction of the close") double stop = 0.03;
        @Param(doc = "take-profit distance, a fraction of the close") double take = 0.06;
        private final PrintStream out;
        private CrossOver cross;
        private RelativeStrengthIndex rsi;
        private final List<Order> orders = new ArrayList<>();

        Cross(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            cross = crossOver(sma(fast), sma(slow));
            rsi = rsi(rsiPeriod);
        }

        @Override
        protected void notifyOrder(Order order) {
            if (order.status() == OrderStatus.Completed) {
                out.println(PyFormat.format("%s %s %s size %d at %.2f comm %.2f", data().date(0),
                    order.isBuy() ? "BUY " : "SELL", order.execType(), order.executed().size(),
                    order.executed().price(), order.executed().comm()));
            }
            if (!order.isAlive()) {
                orders.removeIf(o -> o.ref() == order.ref());
            }
        }

        @Override
        protected void notifyTrade(Trade trade) {
            if (trade.isClosed()) {
                out.println(PyFormat.format("%s TRADE pnl %.2f net %.2f", data().date(0), trade.pnl(), trade.pnlcomm()));
            }
        }

        @Override
        protected void next() {
            if (!orders.isEmpty() || !position().isFlat()) {
                return;
            }
            if (cross.get(0) > 0 && rsi.get(0) < rsiMax) {
                double close = close().get(0);
                for (Order o : buyBracket(BracketArgs.of().size(10).price(close).exectype(ExecType.Market)
                        .stopPrice(close * (1.0 - stop)).limitPrice(close * (1.0 + take)))) {
                    orders.add(o);
                }
            }
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    @SuppressWarnings("unchecked")
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        String plot = args.get("--plot", null);
        String report = args.get("--report", null);
        Cerebro cerebro = new Cerebro();
        cerebro.addData(CsvFeeds.open(args.data("--data", "2005-2006-day-001.txt"), TimeFrame.Days, 1));
        cerebro.broker().setCash(100000.0).setCommission(0.001);
        cerebro.addStrategy(new Cross(out));
        cerebro.addAnalyzer("drawdown", DrawDown::new);
        cerebro.addAnalyzer("sqn", SQN::new);
        cerebro.addAnalyzer("sharpe", () -> new SharpeRatio().legacyAnnual(true));
        RunRecorder recorder = new RunRecorder();
        if (plot != null || report != null) {
            cerebro.addAnalyzer("recorder", () -> recorder);
        }
        Strategy strat = cerebro.run().get(0);
        Map<String, Object> max = (Map<String, Object>) strat.analyzer("drawdown").analysis().get("max");
        Map<String, Object> sqn = strat.analyzer("sqn").analysis();
        out.println(PyFormat.format("Final value %.2f", cerebro.broker().getValue()));
        out.println(PyFormat.format("Max drawdown %.2f%% (%.2f)", max.get("drawdown"), max.get("moneydown")));
        out.println(PyFormat.format("SQN %.2f over %d trades", sqn.get("sqn"), sqn.get("trades")));
        out.println(PyFormat.format("Sharpe ratio (legacy annual) %.6f", strat.analyzer("sharpe").analysis().get("sharperatio")));
        if (plot != null || report != null) {
            Map<String, Object> analyses = new LinkedHashMap<>();
            for (String name : List.of("drawdown", "sqn", "sharpe")) {
                analyses.put(name, strat.analyzer(name).analysis());
            }
            RunRecord run = recorder.toRecord("My first strategy", Map.of("cash", 100000.0, "commission", 0.001), analyses);
            if (plot != null) {
                ChartWriter.write(run, Path.of(plot));
            }
            if (report != null) {
                HtmlReport.write(run, Path.of(report));
            }
        }
    }
}
