package org.bt4j.ib.journal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bt4j.order.Validity;

/**
 * What the strategy asked for when it created an order, enough to re-create the strategy's order
 * object after a restart: the data feed's name (backtrader data name, e.g. {@code TWTR-STK-SMART}),
 * side ({@code BUY}/{@code SELL}), unsigned size, backtrader execution type ({@code Market},
 * {@code Limit}, {@code Stop}, {@code StopLimit}, {@code Close}, {@code StopTrail}, …), price and
 * limit price (NaN when not given), trailing amount and percent (NaN when not given), validity
 * (empty when none was given, else its text, {@code GTC}, {@code DAY}, {@code until(N)} or
 * {@code after(DURATION)}, followed by {@code @} and the limit it resolved to in UTC epoch
 * nanoseconds when it has one), the parent's journal key (0 = none),
 * the OCA group and the trade id.
 *
 * <p>{@link #toText()} / {@link #parse(String)} give a stable, human-readable one-line form
 * ({@code key=value} pairs separated by {@code ;}, with {@code %} escapes) that the journal
 * stores. Threading: immutable.
 */
public record OrderSpec(String data, String action, double size, String execType, double price, double priceLimit,
                        double trailAmount, double trailPercent, String validity, long parentKey, String ocaGroup,
                        int tradeId) {

    /** Checks the values. */
    public OrderSpec {
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("order spec needs a data name");
        }
        if (!"BUY".equals(action) && !"SELL".equals(action)) {
            throw new IllegalArgumentException("order action must be BUY or SELL, got " + action);
        }
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("order size must be a positive number, got " + size);
        }
        if (execType == null || execType.isBlank()) {
            throw new IllegalArgumentException("order spec needs an execution type");
        }
        validity = validity == null ? "" : validity;
        ocaGroup = ocaGroup == null ? "" : ocaGroup;
    }

    /** A plain order: no trailing, default validity, no parent, no OCA group, trade id 0. */
    public static OrderSpec of(String data, String action, double size, String execType, double price) {
        return new OrderSpec(data, action, size, execType, price, Double.NaN, Double.NaN, Double.NaN, "", 0, "", 0);
    }

    /**
     * The text of a validity as {@link #validity()} holds it: empty for none ({@code valid} null),
     * else its text, followed by {@code @} and {@code limit} when it resolved to one (non-zero), so
     * that a re-attached order expires at the same moment ({@code DAY} and {@code after(...)}
     * resolve against the bar the order was created on).
     */
    public static String validityText(Validity valid, long limit) {
        return valid == null ? "" : limit == 0 ? valid.toString() : valid + "@" + limit;
    }

    /** The limit the validity resolved to when the order was created (UTC epoch nanoseconds), or 0 for none. */
    public long validityLimit() {
        int at = validity.lastIndexOf('@');
        return at < 0 ? 0L : Long.parseLong(validity.substring(at + 1));
    }

    /** Whether the validity is a day order's (IB's TIF DAY, whatever limit it resolved to). */
    public boolean dayValidity() {
        return validity.startsWith("DAY");
    }

    /** @return the stable one-line text form */
    public String toText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data", data);
        m.put("action", action);
        m.put("size", num(size));
        m.put("exectype", execType);
        m.put("price", num(price));
        m.put("pricelimit", num(priceLimit));
        m.put("trailamount", num(trailAmount));
        m.put("trailpercent", num(trailPercent));
        m.put("valid", validity);
        m.put("parent", Long.toString(parentKey));
        m.put("oca", ocaGroup);
        m.put("tradeid", Integer.toString(tradeId));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey()).append('=').append(escape(e.getValue()));
        }
        return sb.toString();
    }

    /**
     * Parses {@link #toText()}'s form.
     *
     * @throws IllegalArgumentException naming the first bad or missing part
     */
    public static OrderSpec parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("order spec part '" + part + "' is not key=value");
            }
            m.put(part.substring(0, eq), unescape(part.substring(eq + 1)));
        }
        return new OrderSpec(get(m, "data"), get(m, "action"), dbl(m, "size"), get(m, "exectype"), dbl(m, "price"),
                dbl(m, "pricelimit"), dbl(m, "trailamount"), dbl(m, "trailpercent"), get(m, "valid"),
                Long.parseLong(get(m, "parent")), get(m, "oca"), Integer.parseInt(get(m, "tradeid")));
    }

    private static String get(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("order spec has no '" + key + "'");
        }
        return v;
    }

    private static double dbl(Map<String, String> m, String key) {
        String v = get(m, key);
        return v.equals("nan") ? Double.NaN : Double.parseDouble(v);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "nan" : Double.toString(d);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == ';' || c == '=' || c < 0x20) {
                sb.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
