package org.bt4j.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineSeries;
import org.bt4j.strategy.Strategy;
import org.bt4j.util.PyFormat;

/**
 * What {@code generate.py --bt4j-lines} prints of a backtrader run, for the samples whose result is
 * only plotted: the lines of a strategy's own indicators (not their sub-indicators) and of its
 * observers, bar by bar, one block each ({@code Name: line1, line2}, then {@code len,value,value}
 * rows with Python's {@code repr}). Stateless; call on the engine thread after the run.
 */
final class SampleLines {

    private SampleLines() {
    }

    /** Prints the lines of {@code strategy}'s indicators and observers to {@code out}. */
    static void print(PrintStream out, Strategy strategy) {
        List<LineSeries> all = new ArrayList<>();
        for (Indicator ind : strategy.indicators()) {
            if (!ind.isNested()) {
                all.add(ind);
            }
        }
        all.addAll(strategy.observers());
        for (LineSeries ls : all) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < ls.lineCount(); j++) {
                names.add(ls.lineName(j));
            }
            out.println((ls instanceof Indicator ? ((Indicator) ls).name() : ls.getClass().getSimpleName()) + ": "
                + String.join(", ", names));
            int n = ls.len();
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < n; i++) {
                row.setLength(0);
                row.append(i + 1);
                for (int j = 0; j < ls.lineCount(); j++) {
                    row.append(',');
                    PyFormat.repr(ls.line(j).get(i - (n - 1)), row);
                }
                out.println(row);
            }
        }
    }
}
