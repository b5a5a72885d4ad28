package org.bt4j.samples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.Bar;
import org.bt4j.feed.DataClone;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.feed.YahooCsvFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.DateNum;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/weekdays-filler/weekdaysaligner.py}: two daily feeds side by side,
 * printing for every bar whether both show the same date-time; the sample's own filter
 * {@link WeekDaysFiller} adds a bar for every weekday missing from a feed (holidays). Arguments:
 * {@code --data0}, {@code --data1} (default: a clone of data0), {@code --filler},
 * {@code --filler0}, {@code --filler1}, {@code --fillclose}, {@code --sma}, {@code --fromdate},
 * {@code --todate}.
 */
public final class WeekdaysFiller {

    private WeekdaysFiller() {
    }

    /**
     * The sample's filter {@code WeekDaysFiller} (its {@code weekdaysfiller.py}): before each bar,
     * a bar for every Monday-to-Friday missing since the previous one, stamped at the feed's
     * session end; its prices, volume and open interest are NaN, or the last close with
     * {@code fillclose}. Nothing is added before the first bar. Engine thread only.
     */
    public static final class WeekDaysFiller extends DerivedFeed {
        private final boolean fillclose;
        private final ZoneConverter zone;
        private LocalDate lastdt;
        private double lastclose;

        /** Fills the weekdays missing from {@code data}. */
        public WeekDaysFiller(DataFeed data, boolean fillclose) {
            super(data);
            this.fillclose = fillclose;
            this.zone = ZoneConverter.of(data.tz());
        }

        @Override
        protected void onSource(Bar bar) {
            LocalDate dt = EpochNanos.toLocalDateTime(zone.toLocal(bar.time)).toLocalDate();
            if (lastdt != null) {
                double v = fillclose ? lastclose : Double.NaN;
                for (LocalDate d = lastdt.plusDays(1); d.isBefore(dt); d = d.plusDays(1)) {
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        long time = zone.toUtc(EpochNanos.of(LocalDateTime.of(d, source().sessionEnd())));
                        emit(time, v, v, v, v, v, v);
                    }
                }
            }
            lastdt = dt;
            lastclose = bar.close;
            emit(bar, true);
        }
    }

    /** The sample's strategy {@code St}: prints both feeds' date-times on every bar. */
    public static final class St extends Strategy {
        private final PrintStream out;
        private final int sma;

        St(PrintStream out, int sma) {
            this.out = out;
            this.sma = sma;
        }

        @Override
        protected void init() {
            if (sma > 0) {
                sma(data(0), sma);
                sma(data(1), sma);
            }
        }

        @Override
        protected void next() {
            LocalDateTime dt0 = DateNum.asBacktrader(data(0).localDateTime(0));
            LocalDateTime dt1 = DateNum.asBacktrader(data(1).localDateTime(0));
            out.println(PyFormat.format("%04d, %5s", len(), dt0.equals(dt1) ? "True" : "False")
                + ", data0, " + isoformat(dt0) + ", " + isoformat(dt1) + ", data1");
        }

        /** Python's {@code datetime.isoformat()}. */
        private static String isoformat(LocalDateTime t) {
            return DateNum.pyStr(t).replace(' ', 'T');
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        LocalDateTime fromdate = LocalDate.parse(args.get("--fromdate", "2012-01-01")).atStartOfDay();
        LocalDateTime todate = LocalDate.parse(args.get("--todate", "2012-12-31")).atStartOfDay();
        Cerebro cerebro = new Cerebro().stdstats(false);
        DataFeed data0 = new YahooCsvFeed(args.data("--data0", null)).fromDate(fromdate).toDate(todate);
        DataFeed data1 = args.get("--data1", null) != null
            ? new YahooCsvFeed(args.data("--data1", null)).fromDate(fromdate).toDate(todate)
            : new DataClone(data0);
        boolean fillclose = args.flag("--fillclose");
        if (args.flag("--filler") || args.flag("--filler0")) {
            data0 = new WeekDaysFiller(data0, fillclose);
        }
        if (args.flag("--filler") || args.flag("--filler1")) {
            data1 = new WeekDaysFiller(data1, fillclose);
        }
        cerebro.addData(data0);
        cerebro.addData(data1);
        cerebro.addStrategy(new St(out, args.getInt("--sma", 0)));
        cerebro.runonce(true).preload(true);
        cerebro.run();
    }
}
