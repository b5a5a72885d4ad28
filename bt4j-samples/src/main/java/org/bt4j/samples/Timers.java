package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.Timer;
import org.bt4j.time.DateNum;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/timers/scheduled.py}: daily bars with a 09:00-17:30 session, a
 * strategy timer at the session start (or end), optionally a cheat timer that buys before the
 * broker step. Arguments: {@code --data0}, {@code --strat} with {@code cheat=True},
 * {@code timer=False} or {@code when=bt.timer.SESSION_END}, comma-separated.
 */
public final class Timers {

    private Timers() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        boolean sessionEnd;
        boolean timer = true;
        boolean cheat;
        private final PrintStream out;
        private Order order;

        St(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            sma(30);
            if (timer) {
                addTimer(sessionEnd ? Timer.atSessionEnd() : Timer.atSessionStart());
            }
            if (cheat) {
                addTimer((sessionEnd ? Timer.atSessionEnd() : Timer.atSessionStart()).cheat(true));
            }
        }

        @Override
        protected void prenext() {
            next();
        }

        @Override
        protected void next() {
            LocalDate day = data().date(0);
            out.println(len() + ", " + DateNum.pyStr(DateNum.asBacktrader(data().localDateTime(0))) + ", Week "
                + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", Day " + day.getDayOfWeek().getValue() + ", O "
                + PyFormat.repr(open().get(0)) + ", H " + PyFormat.repr(high().get(0)) + ", L "
                + PyFormat.repr(low().get(0)) + ", C " + PyFormat.repr(close().get(0)));
        }

        @Override
        protected void notifyTimer(Timer t, long whenNanos) {
            out.println("strategy notify_timer with tid " + t.tid() + ", when "
                + DateNum.pyStr(EpochNanos.toLocalDateTime(whenNanos)) + " cheat " + (t.isCheat() ? "True" : "False"));
            if (order == null && t.isCheat()) {
                out.println("-- " + data().date(0) + " Create buy order");
                order = buy();
            }
        }

        @Override
        protected void notifyOrder(Order o) {
            if (o.status() == OrderStatus.Completed) {
                out.println("-- " + data().date(0) + " Buy Exec @ " + PyFormat.repr(o.executed().price()));
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
        DataFeed data0 = CsvFeeds.open(args.data("--data0", "2005-2006-day-001.txt"), TimeFrame.Days, 1);
        data0.sessions(LocalTime.of(9, 0), LocalTime.of(17, 30));
        cerebro.addData(data0);
        St st = new St(out);
        for (String kv : args.get("--strat", "").split(",")) {
            switch (kv) {
                case "" -> { }
                case "cheat=True" -> st.cheat = true;
                case "timer=False" -> st.timer = false;
                case "when=bt.timer.SESSION_END" -> st.sessionEnd = true;
                default -> throw new IllegalArgumentException("--strat: this port knows cheat=True, timer=False and"
                    + " when=bt.timer.SESSION_END, got " + kv);
            }
        }
        cerebro.addStrategy(st);
        cerebro.run();
    }
}
