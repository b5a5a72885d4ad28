package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.BacktraderCsvFeed;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.EpochNanos;

/**
 * backtrader's {@code samples/order-close/close-minute.py}: on 5-minute bars, every second trading
 * day a Close order (filled at the session's closing price) buys, and two days later a Close
 * order closes the position. Arguments: {@code --infile}, {@code --tend HH:MM} (the session end:
 * a bar at that time is the session's last), {@code --eosbar} (backtrader's {@code seteosbar},
 * which changes nothing in backtrader 1.9.78).
 */
public final class OrderClose {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    private OrderClose() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        private final PrintStream out;
        private LocalDate curdate = LocalDate.MIN;
        private int elapsed;
        private Order order;

        St(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void notifyOrder(Order o) {
            String curdtstr = data().localDateTime(0).format(STAMP);
            if (o.status() == OrderStatus.Completed) {
                LocalDateTime executed = EpochNanos.toLocalDateTime(o.executed().dt());
                if (o.isBuy()) {
                    out.println(curdtstr + ": BUY  EXECUTED, on: " + executed.format(STAMP));
                    order = null;
                } else {
                    out.println(curdtstr + ": SELL EXECUTED, on: " + executed.format(STAMP));
                }
            }
        }

        @Override
        protected void next() {
            LocalDate date = data().date(0);
            if (date.isAfter(curdate)) {
                elapsed++;
                curdate = date;
            }
            String dtstr = data().localDateTime(0).format(STAMP);
            if (!position().isFlat() && elapsed == 2) {
                out.println(dtstr + ": SELL CREATED");
                close(OrderArgs.of().exectype(ExecType.Close));
                elapsed = 0;
            } else if (order == null && elapsed == 2) {
                out.println(dtstr + ": BUY  CREATED");
                order = buy(OrderArgs.of().exectype(ExecType.Close));
                elapsed = 0;
            }
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        BacktraderCsvFeed data = new BacktraderCsvFeed(args.data("--infile", "2006-min-005.txt"));
        String tend = args.get("--tend", null);
        if (tend != null) {
            data.sessions(data.sessionStart(), LocalTime.parse(tend));
        }
        Cerebro cerebro = new Cerebro();
        cerebro.addData(data);
        cerebro.addStrategy(new St(out));
        if (args.flag("--eosbar")) {
            cerebro.broker().setEosbar(true);
        }
        cerebro.run();
    }
}
