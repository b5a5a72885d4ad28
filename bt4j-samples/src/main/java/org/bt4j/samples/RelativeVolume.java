package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.BacktraderCsvFeed;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.DateNum;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code samples/relative-volume}: an empty strategy over 1-minute bars and, added
 * with {@code cerebro.addIndicator}, the sample's own indicator {@link RelativeVolumeByBar}: each
 * bar's volume relative to the volume of the bar at the same time of day on the previous day.
 * The sample only plots; with {@code --bt4j-lines} (what the expected output was produced with)
 * the indicator's line is printed bar by bar. Arguments: {@code --data}, {@code --prestart},
 * {@code --start}, {@code --end} (HH:MM), {@code --fromdate}, {@code --todate}, {@code --writer},
 * {@code --wrcsv}, {@code --bt4j-lines}.
 */
public final class RelativeVolume {

    private RelativeVolume() {
    }

    /**
     * The sample's indicator {@code RelativeVolumeByBar} (its {@code relvolbybar.py}), line
     * {@code rvbb}: for a bar inside {@code [start, end]}, its volume divided by the volume of the
     * bar at the same time of day on the last day that had one, when that day was the previous
     * one (NaN otherwise). Its minimum period covers the session from {@code prestart} to
     * {@code end}; bars of the warm-up only record their volumes. Engine thread only.
     */
    public static final class RelativeVolumeByBar extends Indicator {
        private final DataFeed data;
        private final LocalTime start;
        private final LocalTime end;
        private final Map<LocalTime, Double> pvol = new HashMap<>();
        private final Map<LocalTime, Integer> vcount = new HashMap<>();
        private int days;
        private LocalDate dtlast = LocalDate.MIN;

        /** Over {@code data}'s volume, for the session times given. */
        public RelativeVolumeByBar(DataFeed data, LocalTime prestart, LocalTime start, LocalTime end) {
            super(new String[] {"rvbb"}, data, data.volume());
            this.data = data;
            this.start = start;
            this.end = end;
            declareParams("prestart", prestart, "start", start, "end", end);
            addMinPeriod(calcbuffer(data, prestart, end));
        }

        private static int calcbuffer(DataFeed data, LocalTime prestart, LocalTime end) {
            if (data.timeFrame() == TimeFrame.Seconds) {
                throw new IllegalArgumentException("RelativeVolumeByBar: backtrader's sample fails on a Seconds feed"
                    + " (its buffer uses an undefined 'minperiod'); use a Minutes or Days feed");
            }
            int minbuffer = (end.getHour() * 60 + end.getMinute()) - (prestart.getHour() * 60 + prestart.getMinute());
            int tcomp = data.compression();
            return Math.floorDiv(minbuffer, tcomp) + tcomp;
        }

        /** The bar's date-time as backtrader sees it (its day number read back). */
        private LocalDateTime now() {
            return DateNum.asBacktrader(data.localDateTime(0));
        }

        private boolean barisvalid(LocalTime tm) {
            return !tm.isBefore(start) && !tm.isAfter(end);
        }

        private void daycount() {
            LocalDate dt = now().toLocalDate();
            if (dt.isAfter(dtlast)) {
                days++;
                dtlast = dt;
            }
        }

        @Override
        protected void prenext() {
            daycount();
            LocalTime tm = now().toLocalTime();
            if (barisvalid(tm)) {
                pvol.put(tm, data.volume().get(0));
                vcount.merge(tm, 1, Integer::sum);
            }
        }

        @Override
        protected void next() {
            daycount();
            LocalTime tm = now().toLocalTime();
            if (!barisvalid(tm)) {
                return;
            }
            int seen = vcount.merge(tm, 1, Integer::sum); // this time of day was seen today
            double vol = data.volume().get(0);
            if (seen == days) { // and on the previous day
                out(0).set(0, vol / pvol.get(tm));
            }
            vcount.put(tm, days);
            pvol.put(tm, vol);
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro().stdstats(false);
        BacktraderCsvFeed data = new BacktraderCsvFeed(args.data("--data", "2006-01-02-volume-min-001.txt"));
        args.dates(data, "2006-01-01", "2006-12-31");
        cerebro.addData(data);
        cerebro.addStrategy(new Strategy() { }); // backtrader's plain bt.Strategy
        LocalTime prestart = LocalTime.parse(args.get("--prestart", "08:00"));
        LocalTime start = LocalTime.parse(args.get("--start", "09:15"));
        LocalTime end = LocalTime.parse(args.get("--end", "17:15"));
        cerebro.addIndicator(s -> new RelativeVolumeByBar(s.data(), prestart, start, end));
        if (args.flag("--writer")) {
            cerebro.addWriter(args.writer(out).csv(args.flag("--wrcsv")));
        }
        List<Strategy> strategies = cerebro.run();
        if (args.flag("--bt4j-lines")) {
            SampleLines.print(out, strategies.get(0));
        }
    }
}
