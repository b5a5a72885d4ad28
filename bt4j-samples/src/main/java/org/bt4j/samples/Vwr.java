package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.analyzer.Returns;
import org.bt4j.analyzer.SQN;
import org.bt4j.analyzer.SharpeRatio_A;
import org.bt4j.analyzer.TimeReturn;
import org.bt4j.analyzer.VWR;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code samples/vwr}: {@link SMA_CrossOver} on daily bars with the analyzers
 * Returns, SQN, SharpeRatio_A, VWR and two TimeReturns (months, years), printed by a writer
 * (rounding 4) with their parameters. Arguments: {@code --data}, {@code --cash},
 * {@code --fromdate}, {@code --todate}, {@code --writercsv}, {@code --tframe}, {@code --sigma-max},
 * {@code --tau}, {@code --tann}.
 */
public final class Vwr {

    private Vwr() {
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = SMA_CrossOver.cerebro(args, null, null);
        if (args.get("--sigma-max", null) != null) { // the sample passes sigma_max, which VWR refuses
            throw new IllegalArgumentException("--sigma-max: backtrader's sample passes it to VWR as sigma_max, which VWR"
                + " does not take (its parameter is sdev_max), so the sample fails; use --tau");
        }
        String tframe = args.get("--tframe", args.get("--timeframe", null));
        TimeFrame tf = tframe == null ? null : SharpeTimereturn.timeFrame(tframe);
        Double tann = args.get("--tann", null) == null ? null : args.getDouble("--tann", 0);
        cerebro.addAnalyzer(() -> new Returns(tf, 0).tann(tann));
        cerebro.addAnalyzer(SQN::new);
        cerebro.addAnalyzer(SharpeRatio_A::new);
        cerebro.addAnalyzer(() -> new VWR(tf, 0, tann).tau(args.getDouble("--tau", 0.2))
            .sdevMax(args.getDouble("--sigma-max", 2.0)));
        cerebro.addAnalyzer(() -> new TimeReturn(TimeFrame.Months, 0));
        cerebro.addAnalyzer(() -> new TimeReturn(TimeFrame.Years, 0));
        cerebro.addWriter(args.writer(out).rounding(4));
        cerebro.run();
    }
}
