package org.bt4j.gateway.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A weekly trading-session template in an instrument's time zone, written like {@code
 * MON-FRI 0930-1600}; several sessions are separated by {@code ;}. When the open is not before
 * the close the session starts on the previous calendar day ({@code MON-FRI 1700-1600} is the
 * CME evening-to-afternoon session), and the days name the day the session closes. {@code ALWAYS}
 * means open around the clock. It renders IB's {@code tradingHours}/{@code liquidHours} strings
 * and answers "is the market open at t". Immutable and thread-safe.
 */
public final class SessionSchedule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private record Session(EnumSet<DayOfWeek> closeDays, LocalTime open, LocalTime close) {
        boolean overnight() {
            return !open.isBefore(close);
        }
    }

    private final String spec;
    private final ZoneId zone;
    private final List<Session> sessions;
    private final boolean always;

    private SessionSchedule(String spec, ZoneId zone, List<Session> sessions, boolean always) {
        this.spec = spec;
        this.zone = zone;
        this.sessions = sessions;
        this.always = always;
    }

    /**
     * Parses a template such as {@code MON-FRI 0930-1600} or {@code SUN,MON 1700-1600; SAT 0900-1200}.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static SessionSchedule parse(String spec, ZoneId zone) {
        String s = spec.trim();
        if (s.equalsIgnoreCase("ALWAYS")) {
            return new SessionSchedule("ALWAYS", zone, List.of(), true);
        }
        List<Session> list = new ArrayList<>();
        for (String part : s.split(";")) {
            String p = part.trim();
            String[] dt = p.split("\\s+");
            if (dt.length != 2 || !dt[1].matches("\\d{4}-\\d{4}")) {
                throw new IllegalArgumentException("bad session '" + p + "'; expected like 'MON-FRI 0930-1600'");
            }
            LocalTime open = LocalTime.parse(dt[1].substring(0, 4), HM);
            LocalTime close = LocalTime.parse(dt[1].substring(5), HM);
            list.add(new Session(parseDays(dt[0], p), open, close));
        }
        return new SessionSchedule(s, zone, List.copyOf(list), false);
    }

    private static EnumSet<DayOfWeek> parseDays(String days, String context) {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String item : days.split(",")) {
            String[] range = item.split("-");
            DayOfWeek a = day(range[0], context);
            DayOfWeek b = range.length > 1 ? day(range[1], context) : a;
            for (DayOfWeek d = a; ; d = d.plus(1)) {
                set.add(d);
                if (d == b) {
                    break;
                }
            }
        }
        return set;
    }

    private static DayOfWeek day(String s, String context) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(s.toUpperCase(Locale.ROOT)) && s.length() >= 2) {
                return d;
            }
        }
        throw new IllegalArgumentException("bad day '" + s + "' in session '" + context + "'");
    }

    /** The template text this schedule was parsed from. */
    public String spec() {
        return spec;
    }

    /** The zone the session times are in. */
    public ZoneId zone() {
        return zone;
    }

    /** True when the schedule is open around the clock. */
    public boolean isAlways() {
        return always;
    }

    /** True when {@code nanos} falls inside a session (open inclusive, close exclusive). */
    public boolean isOpen(long nanos) {
        if (always) {
            return true;
        }
        return containing(nanos) != null;
    }

    /**
     * The session containing {@code nanos} as {@code [open, close)} epoch nanos, or null.
     * With {@link #isAlways()} the containing local calendar day is returned.
     */
    public long[] containing(long nanos) {
        LocalDate d = LocalDateTime.ofInstant(instant(nanos), zone).toLocalDate();
        if (always) {
            return new long[] {toNanos(d.atStartOfDay()), toNanos(d.plusDays(1).atStartOfDay())};
        }
        for (LocalDate c = d; !c.isAfter(d.plusDays(1)); c = c.plusDays(1)) {
            for (Session s : sessions) {
                long[] iv = interval(s, c);
                if (iv != null && nanos >= iv[0] && nanos < iv[1]) {
                    return iv;
                }
            }
        }
        return null;
    }

    /**
     * Every session overlapping {@code [from, to)}, in time order, each as {@code [open, close)}
     * epoch nanos plus the closing date as an epoch day in {@code [2]}. With {@link #isAlways()},
     * one interval per local calendar day.
     */
    public List<long[]> sessionsBetween(long from, long to) {
        List<long[]> out = new ArrayList<>();
        LocalDate first = LocalDateTime.ofInstant(instant(from), zone).toLocalDate().minusDays(1);
        LocalDate last = LocalDateTime.ofInstant(instant(to), zone).toLocalDate().plusDays(1);
        for (LocalDate c = first; !c.isAfter(last); c = c.plusDays(1)) {
            if (always) {
                long a = toNanos(c.atStartOfDay());
                long b = toNanos(c.plusDays(1).atStartOfDay());
                if (b > from && a < to) {
                    out.add(new long[] {a, b, c.toEpochDay()});
                }
                continue;
            }
            for (Session s : sessions) {
                long[] iv = interval(s, c);
                if (iv != null && iv[1] > from && iv[0] < to) {
                    out.add(new long[] {iv[0], iv[1], c.toEpochDay()});
                }
            }
        }
        out.sort((x, y) -> Long.compare(x[0], y[0]));
        return out;
    }

    /** The end of the session containing {@code nanos}, or of the next session; epoch nanos. */
    public long nextClose(long nanos) {
        List<long[]> ahead = sessionsBetween(nanos, nanos + 8L * 86_400 * NANOS_PER_SECOND);
        for (long[] iv : ahead) {
            if (iv[1] > nanos) {
                return iv[1];
            }
        }
        throw new IllegalStateException("no session within 8 days in '" + spec + "'");
    }

    /** The start of the next session opening after {@code nanos}; epoch nanos. */
    public long nextOpen(long nanos) {
        for (long[] iv : sessionsBetween(nanos, nanos + 8L * 86_400 * NANOS_PER_SECOND)) {
            if (iv[0] > nanos) {
                return iv[0];
            }
        }
        throw new IllegalStateException("no session within 8 days in '" + spec + "'");
    }

    /**
     * IB's hours string for {@code days} closing dates starting at {@code from}: {@code
     * 20250521:1700-20250522:1600;20250524:CLOSED}.
     */
    public String ibHours(LocalDate from, int days) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < days; i++) {
            LocalDate c = from.plusDays(i);
            boolean any = false;
            if (always) {
                append(sb, c.format(DAY) + ":0000-" + c.plusDays(1).format(DAY) + ":0000");
                continue;
            }
            for (Session s : sessions) {
                if (s.closeDays.contains(c.getDayOfWeek())) {
                    LocalDate openDay = s.overnight() ? c.minusDays(1) : c;
                    append(sb, openDay.format(DAY) + ":" + s.open.format(HM) + "-" + c.format(DAY) + ":" + s.close.format(HM));
                    any = true;
                }
            }
            if (!any) {
                append(sb, c.format(DAY) + ":CLOSED");
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(';');
        }
        sb.append(s);
    }

    private long[] interval(Session s, LocalDate closeDay) {
        if (!s.closeDays.contains(closeDay.getDayOfWeek())) {
            return null;
        }
        LocalDate openDay = s.overnight() ? closeDay.minusDays(1) : closeDay;
        return new long[] {toNanos(openDay.atTime(s.open)), toNanos(closeDay.atTime(s.close))};
    }

    private long toNanos(LocalDateTime ldt) {
        return ldt.atZone(zone).toEpochSecond() * NANOS_PER_SECOND;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    @Override
    public String toString() {
        return spec + " " + zone;
    }
}
