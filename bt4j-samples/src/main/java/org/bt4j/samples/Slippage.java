package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.SignalStrategy;
import org.bt4j.strategy.SignalStrategy.SignalType;
import org.bt4j.time.DateNum;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/slippage}: a {@link SignalStrategy} trading an SMA crossover signal
 * ({@code cerebro.add_signal}), with percentage or fixed slippage. Arguments: {@code --data},
 * {@code --cash}, {@code --period1}, {@code --period2}, {@code --longonly}, {@code --slip_perc},
 * {@code --slip_fixed}, {@code --no-slip_match}, {@code --slip_out}, {@code --slip_open}.
 */
public final class Slippage {

    private Slippage() {
    }

    /** The sample's {@code SlipSt}: prints every completed order. */
    public static final class SlipSt extends SignalStrategy {
        private final PrintStream out;
        private int opcounter;

        SlipSt(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void notifyOrder(Order order) {
            if (order.status() == OrderStatus.Completed) {
                out.println(PyFormat.format("%02d %s %s Size: %+d / Price: %.2f", ++opcounter,
                    DateNum.pyStr(DateNum.asBacktrader(order.data().localDateTime(0))), order.isBuy() ? "BUY " : "SELL",
                    order.executed().size(), order.executed().price()));
            }
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro();
        cerebro.broker().setCash(args.getDouble("--cash", 50000));
        cerebro.addData(CsvFeeds.open(args.data("--data", "2005-2006-day-001.txt"), TimeFrame.Days, 1));
        cerebro.signalStrategy(() -> new SlipSt(out));
        int p1 = args.getInt("--period1", 10);
        int p2 = args.getInt("--period2", 30);
        cerebro.addSignal(args.flag("--longonly") ? SignalType.LONG : SignalType.LONGSHORT,
            s -> s.crossOver(s.sma(p1), s.sma(p2)));
        boolean open = args.flag("--slip_open");
        boolean match = !args.flag("--no-slip_match");
        boolean slipOut = args.flag("--slip_out");
        if (args.get("--slip_perc", null) != null) {
            cerebro.broker().setSlippagePerc(args.getDouble("--slip_perc", 0), open, true, match, slipOut);
        } else if (args.get("--slip_fixed", null) != null) {
            cerebro.broker().setSlippageFixed(args.getDouble("--slip_fixed", 0), open, true, match, slipOut);
        }
        cerebro.run();
    }
}
