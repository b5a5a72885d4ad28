package org.bt4j.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.EpochNanos;
import org.junit.jupiter.api.Test;

/** {@link Timer}: backtrader's add_timer semantics, driven through the engine in every run mode. */
class TimerTest {

    /** Minute bars 09:30 .. 16:00 (bar end times) on the given days, UTC. */
    private static ArrayFeed minutes(LocalDate... days) {
        List<Long> t = new ArrayList<>();
        for (LocalDate d : days) {
            for (int m = 0; m <= 390; m++) {
                t.add(EpochNanos.of(d.atTime(9, 30).plusMinutes(m)));
            }
        }
        return feed(t);
    }

    /** Daily bars stamped 23:59:59.999990 UTC on every weekday from {@code from} to {@code to}, minus {@code skip}. */
    private static ArrayFeed daily(LocalDate from, LocalDate to, LocalDate... skip) {
        List<Long> t = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6 || List.of(skip).contains(d)) {
                continue;
            }
            t.add(EpochNanos.of(d.atTime(EpochNanos.DEFAULT_SESSION_END)));
        }
        return feed(t);
    }

    private static ArrayFeed feed(List<Long> times) {
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        double[] c = new double[t.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = 100 + (i % 7);
        }
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    /** Records every timer firing: scheduled time, bar time, strategy length, position. */
    public static final class Recorder extends Strategy {
        final List<Timer> toAdd = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        Consumer<Recorder> onNext = s -> { };

        @Override
        protected void init() {
            toAdd.forEach(this::addTimer);
        }

        @Override
        protected void notifyTimer(Timer timer, long whenNanos) {
            log.add(timer.args() + " when=" + EpochNanos.toLocalDateTime(whenNanos)
                    + " bar=" + EpochNanos.toLocalDateTime(data().datetime(0)) + " len=" + len()
                    + " pos=" + position().size());
        }

        @Override
        protected void next() {
            onNext.accept(this);
        }
    }

    private static List<String> run(ArrayFeed data, int mode, Recorder s, Timer... engineTimers) {
        Cerebro c = new Cerebro().addData(data).addStrategy(s, Map.of()).stdstats(false);
        for (Timer t : engineTimers) {
            c.addTimer(t);
        }
        if (mode == 1) {
            c.runonce(false);
        } else if (mode == 2) {
            c.exactbars(1);
        }
        c.run();
        return s.log;
    }

    private static List<String> whens(List<String> log) {
        List<String> out = new ArrayList<>();
        for (String l : log) {
            out.add(l.substring(l.indexOf("when=") + 5, l.indexOf(" bar=")));
        }
        return out;
    }

    @Test
    void timeOfDayFiresOnceADayOnTheFirstBarAtOrAfterIt() {
        for (int mode = 0; mode < 3; mode++) {
            Recorder s = new Recorder();
            s.toAdd.add(Timer.at(LocalTime.of(10, 0, 30)).args("t"));
            List<String> log = run(minutes(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2)), mode, s);
            assertEquals(List.of(
                    "[t] when=2021-03-01T10:00:30 bar=2021-03-01T10:01 len=31 pos=0.0",
                    "[t] when=2021-03-02T10:00:30 bar=2021-03-02T10:01 len=422 pos=0.0"), log, "mode " + mode);
        }
    }

    @Test
    void offsetAndRepeatRescheduleUntilTheEndOfTheDay() {
        Recorder s = new Recorder();
        s.toAdd.add(Timer.at(LocalTime.of(10, 0)).offset(Duration.ofMinutes(15)).repeat(Duration.ofMinutes(30)));
        List<String> w = whens(run(minutes(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2)), 0, s));
        assertEquals(24, w.size(), w.toString());
        assertEquals("2021-03-01T10:15", w.get(0));
        assertEquals("2021-03-01T10:45", w.get(1));
        assertEquals("2021-03-01T15:45", w.get(11));
        assertEquals("2021-03-02T10:15", w.get(12));
    }

    @Test
    void aRepeatedScheduleSkipsSlotsWithoutBars() {
        List<Long> t = new ArrayList<>();
        LocalDateTime day = LocalDate.of(2021, 3, 1).atStartOfDay();
        for (int m : new int[] {600, 617, 618, 700, 701}) {
            t.add(EpochNanos.of(day.plusMinutes(m)));
        }
        Recorder s = new Recorder();
        s.toAdd.add(Timer.at(LocalTime.of(10, 0)).repeat(Duration.ofMinutes(5)));
        List<String> log = run(feed(t), 0, s);
        // 10:00 fires at 10:00; next slot 10:05 fires at the 10:17 bar and moves to 10:20 (> 10:17);
        // 10:18 < 10:20 waits; 11:40 fires 10:20 and jumps to 11:45
        assertEquals(List.of("2021-03-01T10:00", "2021-03-01T10:05", "2021-03-01T10:20"), whens(log));
    }

    @Test
    void sessionStartReadsTheDataZoneAndSessions() {
        ZoneId ny = ZoneId.of("America/New_York");
        List<Long> t = new ArrayList<>();
        for (int m = 0; m < 120; m++) { // 13:00 .. 14:59 UTC = 08:00 .. 09:59 New York (EST)
            t.add(EpochNanos.of(LocalDateTime.of(2021, 3, 1, 13, 0).plusMinutes(m)));
        }
        ArrayFeed data = feed(t);
        data.tz(ny).sessions(LocalTime.of(9, 30), LocalTime.of(16, 0));
        Recorder s = new Recorder();
        s.toAdd.add(Timer.atSessionStart().offset(Duration.ofMinutes(1)));
        s.toAdd.add(Timer.atSessionEnd().args("end"));
        List<String> log = run(data, 0, s);
        assertEquals(List.of("[] when=2021-03-01T14:31 bar=2021-03-01T14:31 len=91 pos=0.0"), log);
    }

    @Test
    void weekdaysFilterWithAndWithoutCarry() {
        LocalDate holidayMonday = LocalDate.of(2021, 3, 8);
        for (boolean carry : new boolean[] {false, true}) {
            Recorder s = new Recorder();
            s.toAdd.add(Timer.at(LocalTime.of(12, 0)).weekdays(DayOfWeek.MONDAY.getValue()).weekcarry(carry));
            List<String> w = whens(run(daily(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 19), holidayMonday), 0, s));
            List<String> expect = carry
                    ? List.of("2021-03-01T12:00", "2021-03-09T12:00", "2021-03-15T12:00")
                    : List.of("2021-03-01T12:00", "2021-03-15T12:00");
            assertEquals(expect, w, "weekcarry=" + carry);
        }
    }

    @Test
    void monthdaysCarryToTheNextBarAndBacktradersEarlyDropQuirk() {
        // the 15th of May 2021 is a Saturday: with monthcarry (default) it fires on Monday the 17th
        Recorder s = new Recorder();
        s.toAdd.add(Timer.at(LocalTime.of(12, 0)).monthdays(15));
        assertEquals(List.of("2021-05-17T12:00", "2021-06-15T12:00"),
                whens(run(daily(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 6, 30)), 0, s)));
        Recorder noCarry = new Recorder();
        noCarry.toAdd.add(Timer.at(LocalTime.of(12, 0)).monthdays(15).monthcarry(false));
        assertEquals(List.of("2021-06-15T12:00"),
                whens(run(daily(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 6, 30)), 0, noCarry)));
        // starting on the 10th with days 1 and 15: the missed 1st carries to the 10th and, as in
        // backtrader, that also drops the 15th of the same month
        Recorder quirk = new Recorder();
        quirk.toAdd.add(Timer.at(LocalTime.of(12, 0)).monthdays(1, 15));
        assertEquals(List.of("2021-05-10T12:00", "2021-06-01T12:00", "2021-06-15T12:00"),
                whens(run(daily(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 30)), 0, quirk)));
    }

    @Test
    void allowFilterGetsTheDate() {
        Recorder s = new Recorder();
        s.toAdd.add(Timer.at(LocalTime.NOON).allow(d -> d.getDayOfMonth() % 2 == 0));
        assertEquals(List.of("2021-03-02T12:00", "2021-03-04T12:00"),
                whens(run(daily(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5)), 0, s)));
    }

    @Test
    void cheatTimersFireBeforeTheBrokerStepOthersAfterIt() {
        for (int mode = 0; mode < 3; mode++) {
            Recorder s = new Recorder();
            s.toAdd.add(Timer.at(LocalTime.of(10, 0)).cheat(true).args("cheat"));
            s.toAdd.add(Timer.at(LocalTime.of(10, 0)).args("normal"));
            s.onNext = r -> {
                if (r.len() == 30) {
                    r.buy();
                }
            };
            List<String> log = run(minutes(LocalDate.of(2021, 3, 1)), mode, s);
            assertEquals(List.of(
                    "[cheat] when=2021-03-01T10:00 bar=2021-03-01T10:00 len=30 pos=0.0",
                    "[normal] when=2021-03-01T10:00 bar=2021-03-01T10:00 len=30 pos=1.0"), log, "mode " + mode);
        }
    }

    @Test
    void engineTimersReachTheListenerAndWithStratsEveryStrategy() {
        ArrayFeed data = minutes(LocalDate.of(2021, 3, 1));
        Recorder s = new Recorder();
        Timer t = Timer.at(LocalTime.of(11, 0)).strats(true).args("engine");
        List<Long> heard = new ArrayList<>();
        Cerebro c = new Cerebro().addData(data).addStrategy(s, Map.of()).stdstats(false);
        c.addTimer(t);
        c.onTimer((timer, when) -> heard.add(when));
        assertNull(t.lastWhen());
        c.run();
        assertEquals(List.of(EpochNanos.of(2021, 3, 1, 11, 0, 0, 0)), heard);
        assertEquals(1, s.log.size());
        assertEquals(LocalDateTime.of(2021, 3, 1, 11, 0), t.lastWhen());
    }
}
