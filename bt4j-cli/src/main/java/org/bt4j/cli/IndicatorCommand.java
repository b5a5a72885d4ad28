package org.bt4j.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.IndicatorCsv;
import org.bt4j.indicator.IndicatorRegistry;
import org.bt4j.indicator.IndicatorRun;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j indicator}: applies one backtrader indicator to a whole CSV data file and prints
 * {@code datetime,<lines>} with one row per bar (golden README §1). {@code --help} lists every
 * indicator with its aliases, lines and parameters. Runs on the calling thread.
 */
@Command(name = "indicator", mixinStandardHelpOptions = true,
        description = {"Computes one indicator over a data file and prints it as CSV (one row per bar).",
            "Example: bt4j indicator --data daily.csv --name RelativeStrengthIndex --param period=7"},
        footerHeading = "%nIndicators (name (aliases) lines; params with defaults):%n")
public final class IndicatorCommand implements Callable<Integer> {

    private picocli.CommandLine.Model.CommandSpec spec;

    /** picocli injects the spec here; the footer lists every indicator. */
    @Spec
    void spec(picocli.CommandLine.Model.CommandSpec commandSpec) {
        this.spec = commandSpec;
        commandSpec.usageMessage().footer(footer());
    }

    @Mixin
    DataOptions input;

    @Option(names = "--name", required = true, description = "indicator name or alias, e.g. MovingAverageSimple, RSI")
    String name;

    @Option(names = "--param", description = "key=value (int, float, True/False, comma list, or SMA/EMA/WMA...)")
    List<String> params = new ArrayList<>();

    @Option(names = "--runnext", description = "compute bar by bar instead of vectorised (same numbers)")
    boolean runnext;

    /** The footer listing every indicator, for {@code --help}. */
    static String[] footer() {
        List<String> lines = new ArrayList<>();
        for (IndicatorRegistry.Entry e : IndicatorRegistry.entries()) {
            lines.add("  " + e.describe());
        }
        return lines.toArray(new String[0]);
    }

    @Override
    public Integer call() {
        input.check();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param: expected key=value, got '" + p + "'");
            }
            raw.put(p.substring(0, eq).trim(), p.substring(eq + 1));
        }
        IndicatorRegistry.Entry entry;
        try {
            entry = IndicatorRegistry.get(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--name: " + e.getMessage());
        }
        DataFeed feed = input.feed();
        feed.preload();
        Indicator ind;
        try (LineContext ctx = LineContext.open()) {
            try {
                ind = entry.create(feed, raw);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--param: " + e.getMessage());
            }
            IndicatorRun.run(runnext ? IndicatorRun.Mode.NEXT : IndicatorRun.Mode.ONCE, feed, ctx.indicators());
        }
        PrintWriter out = spec == null ? new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
            StandardCharsets.UTF_8))) : spec.commandLine().getOut();
        IndicatorCsv.write(feed, ind, out);
        out.flush();
        return 0;
    }
}
