package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;

/**
 * bt4j's own check of a writer's {@code Params:} blocks ({@code writer-params.py} next to the
 * expected output is the same script for backtrader): a strategy declaring backtrader's common
 * indicators by their short names, with non-default parameters where they have them, and a
 * writer printing the run summary. Arguments: {@code --data}.
 */
public final class WriterParams {

    private WriterParams() {
    }

    /** The indicators, created as a backtrader user writes them ({@code bt.ind.EMA(period=12)}, …). */
    public static final class St extends Strategy {
        @Param int period = 20;
        @Param double devfactor = 2.5;
        @Param String label = "bands";
        @Param boolean flag = true;

        @Override
        protected void init() {
            ema(12);
            wma(data(), 9);
            smma(data(), 7);
            dema(data(), 11);
            hma(data(), 13);
            kama(data(), 15);
            rsi(10);
            atr(12);
            bbands(period, devfactor);
            macd();
            stochastic();
            highest(data().high(), 5);
            lowest(data().low(), 5);
            stddev(data(), 14);
            momentum(data(), 8);
            roc(data(), 9);
            crossUp(sma(5), sma(25));
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the check, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro().stdstats(false);
        cerebro.addData(CsvFeeds.open(args.data("--data", "2006-day-001.txt"), TimeFrame.Days, 1));
        cerebro.addStrategy(new St());
        cerebro.addWriter(args.writer(out).rounding(4));
        cerebro.run();
    }
}
