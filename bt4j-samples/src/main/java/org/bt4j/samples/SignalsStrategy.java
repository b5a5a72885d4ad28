package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.indicator.Lines;
import org.bt4j.strategy.SignalStrategy.SignalType;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/signals-strategy}: no strategy of its own, only signals added to
 * cerebro ({@code add_signal}): close minus its SMA as the main signal, optionally a fast-minus-
 * slow SMA exit signal. Arguments: {@code --data}, {@code --cash}, {@code --smaperiod},
 * {@code --exitperiod}, {@code --signal longshort|longonly|shortonly}, {@code --exitsignal
 * longexit|shortexit} (both LONGEXIT, as in backtrader's sample), {@code --bt4j-final-value}.
 */
public final class SignalsStrategy {

    private SignalsStrategy() {
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
        int period = args.getInt("--smaperiod", 30);
        SignalType main = switch (args.get("--signal", "longshort")) {
            case "longshort" -> SignalType.LONGSHORT;
            case "longonly" -> SignalType.LONG;
            case "shortonly" -> SignalType.SHORT;
            default -> throw new IllegalArgumentException("--signal must be longshort, longonly or shortonly");
        };
        cerebro.addSignal(main, s -> Lines.of(s.data()).minus(s.sma(period)));
        if (args.get("--exitsignal", null) != null) {
            int exit = args.getInt("--exitperiod", 5);
            cerebro.addSignal(SignalType.LONGEXIT, s -> Lines.of(s.sma(exit)).minus(s.sma(period)));
        }
        cerebro.run();
        if (args.flag("--bt4j-final-value")) {
            out.println(PyFormat.format("Final Value: %.2f", cerebro.broker().getValue()));
        }
    }
}
