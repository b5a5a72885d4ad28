package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * backtrader's {@code AnnualReturn}: the return of each calendar year of data 0, from the broker
 * value recorded at every bar (backtrader reads its Broker observer): a year's start is the
 * previous year's last value, the first year's start its first value. Keys are the years.
 * Engine thread only.
 */
public final class AnnualReturn extends AnalyzerBase {

    /** backtrader's {@code AnnualReturn} has no parameters. */
    @Override
    public java.util.Map<String, Object> params() {
        return java.util.Map.of();
    }


    private int[] years = new int[256];
    private double[] values = new double[256];
    private int n;
    private final List<Double> returns = new ArrayList<>();

    @Override
    protected void onNext() {
        if (n == years.length) {
            years = java.util.Arrays.copyOf(years, n * 2);
            values = java.util.Arrays.copyOf(values, n * 2);
        }
        years[n] = local(data.datetime(0)).getYear();
        values[n] = strategy.broker().getValue();
        n++;
    }

    /** The yearly returns in order (backtrader's {@code rets} list). */
    public List<Double> returns() {
        return returns;
    }

    @Override
    protected void onStop() {
        int curYear = -1;
        double valueStart = 0.0;
        double valueEnd = 0.0;
        Map<String, Object> byYear = new LinkedHashMap<>();
        returns.clear();
        for (int i = 0; i < n; i++) {
            double valueCur = values[i];
            if (years[i] > curYear) {
                if (curYear >= 0) {
                    double r = valueEnd / valueStart - 1.0;
                    returns.add(r);
                    byYear.put(Integer.toString(curYear), r);
                    valueStart = valueEnd;
                } else {
                    valueStart = valueCur;
                }
                curYear = years[i];
            }
            valueEnd = valueCur;
        }
        if (!byYear.containsKey(Integer.toString(curYear))) {
            double r = valueEnd / valueStart - 1.0;
            returns.add(r);
            byYear.put(Integer.toString(curYear), r);
        }
        rets.clear();
        rets.putAll(byYear);
    }
}
