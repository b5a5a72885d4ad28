package org.bt4j.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Test fixture: deterministic synthetic runs (random-walk bars, SMA cross, RSI, fills, trades). */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** Weekday daily bars stamped 23:59:59.999990 UTC, or minute bars when {@code intraday}. */
    public static DataRecord data(String name, int n, long seed, boolean intraday, boolean withIndicators) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        LocalDateTime day = LocalDate.of(2015, 1, 5).atTime(23, 59, 59, 999_990_000);
        LocalDateTime minute = LocalDate.of(2020, 3, 2).atTime(9, 30);
        double prev = 100;
        for (int i = 0; i < n; i++) {
            LocalDateTime ts;
            if (intraday) {
                ts = minute;
                minute = minute.plusMinutes(1);
            } else {
                while (day.getDayOfWeek().getValue() > 5) {
                    day = day.plusDays(1);
                }
                ts = day;
                day = day.plusDays(1);
            }
            t[i] = ts.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + ts.getNano();
            o[i] = prev + (rng.nextDouble() - 0.5);
            c[i] = o[i] + (rng.nextDouble() - 0.5) * 2;
            h[i] = Math.max(o[i], c[i]) + rng.nextDouble();
            l[i] = Math.min(o[i], c[i]) - rng.nextDouble();
            v[i] = 1000 + rng.nextInt(9000);
            prev = c[i];
        }
        List<IndicatorRecord> inds = new ArrayList<>();
        List<FillMarker> fills = new ArrayList<>();
        if (withIndicators) {
            double[] fast = sma(c, 10);
            double[] slow = sma(c, 30);
            inds.add(IndicatorRecord.overlay("SMA(10)", PlotLine.of("sma", fast)));
            inds.add(IndicatorRecord.overlay("SMA(30)", PlotLine.of("sma", slow)));
            inds.add(IndicatorRecord.subplot("RSI(14)", new double[] {30, 70}, PlotLine.of("rsi", rsi(c, 14))));
            double[] histo = new double[n];
            for (int i = 0; i < n; i++) {
                histo[i] = fast[i] - slow[i];
            }
            inds.add(IndicatorRecord.subplot("Diff", new double[0], new PlotLine("histo", histo, PlotLine.Style.HISTOGRAM)));
            boolean longPos = false;
            for (int i = 31; i < n; i++) {
                boolean up = fast[i] > slow[i];
                if (up && !longPos) {
                    fills.add(new FillMarker(i, true, o[i], 10));
                    longPos = true;
                } else if (!up && longPos) {
                    fills.add(new FillMarker(i, false, o[i], -10));
                    longPos = false;
                }
            }
        }
        return DataRecord.of(name, ZoneId.of("UTC"), t, o, h, l, c, v, inds, fills);
    }

    /** A complete run on one data: broker cash/value, trades from the fills, analyzers. */
    public static RunRecord run(int n, boolean intraday) {
        DataRecord d = data("synthetic", n, 7, intraday, true);
        double[] cash = new double[n];
        double[] value = new double[n];
        double money = 10_000;
        double pos = 0;
        int fi = 0;
        RunRecord.Builder b = RunRecord.builder().title("smacross on synthetic").setting("strategy", "smacross")
                .setting("cash", 10000).setting("params", "fast=10, slow=30");
        int ref = 1;
        long openTime = 0;
        int openBar = 0;
        double openPrice = 0;
        for (int i = 0; i < n; i++) {
            while (fi < d.fills().size() && d.fills().get(fi).bar() == i) {
                FillMarker f = d.fills().get(fi++);
                if (f.buy()) {
                    money -= 10 * f.price();
                    pos += 10;
                    openTime = d.time()[i];
                    openBar = i;
                    openPrice = f.price();
                } else {
                    money += 10 * f.price();
                    pos -= 10;
                    double pnl = 10 * (f.price() - openPrice);
                    b.trade(new TradeRecord(ref++, 0, openTime, d.time()[i], openBar, i, 10, openPrice, pnl, pnl - 0.1));
                }
            }
            cash[i] = money;
            value[i] = money + pos * d.close()[i];
        }
        Map<String, Object> dd = new LinkedHashMap<>();
        dd.put("len", 12);
        dd.put("drawdown", 1.25);
        Map<String, Object> max = new LinkedHashMap<>();
        max.put("len", 40);
        max.put("drawdown", 3.5);
        max.put("moneydown", 351.0);
        dd.put("max", max);
        Map<Object, Object> annual = new LinkedHashMap<>();
        annual.put(2015, 0.0123);
        annual.put(2016, Double.NaN);
        Map<Object, Object> tr = new LinkedHashMap<>();
        tr.put(LocalDate.of(2015, 1, 5), 0.001);
        return b.data(d).broker(cash, value).analyzer("DrawDown", dd).analyzer("AnnualReturn", annual)
                .analyzer("TimeReturn", tr).analyzer("SQN", Map.of("sqn", 1.5, "trades", 3)).build();
    }

    static double[] sma(double[] x, int p) {
        double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i];
            if (i >= p) {
                sum -= x[i - p];
            }
            out[i] = i >= p - 1 ? sum / p : Double.NaN;
        }
        return out;
    }

    static double[] rsi(double[] x, int p) {
        double[] out = new double[x.length];
        double up = 0;
        double down = 0;
        for (int i = 0; i < x.length; i++) {
            if (i == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double d = x[i] - x[i - 1];
            up = (up * (p - 1) + Math.max(d, 0)) / p;
            down = (down * (p - 1) + Math.max(-d, 0)) / p;
            out[i] = i < p ? Double.NaN : down == 0 ? 100 : 100 - 100 / (1 + up / down);
        }
        return out;
    }
}
