package org.bt4j.gateway.market;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bt4j.BadInputException;

/**
 * Reads extra instruments from an INI-style file, one {@code [SYMBOL]} section per instrument:
 *
 * <pre>
 * [TSLA]
 * secType = STK
 * conId = 76792991
 * primaryExchange = NASDAQ
 * price = 250
 * volatility = 0.55
 * </pre>
 *
 * Keys (all optional except where a type needs them): secType, conId, symbol, exchange,
 * primaryExchange, currency, localSymbol, tradingClass, marketName, longName, minTick, multiplier,
 * expiry ({@code yyyyMMdd}, or {@code quarterly}/{@code monthly} to follow the calendar), lastTradeTime,
 * strike, right, timeZone (IB id), tradingHours, liquidHours (see {@link SessionSchedule}),
 * validExchanges, marketRuleIds, underConId, underSymbol, underSecType, industry, category,
 * subcategory, tradable, price, volatility, spreadTicks, lotSize. {@code #} starts a comment.
 * Errors name the file and line. Stateless.
 */
public final class UniverseFile {

    private UniverseFile() {
    }

    /** Parses {@code file}; derivative expiries written as {@code quarterly}/{@code monthly} are computed from {@code today}. */
    public static List<Instrument> read(Path file, LocalDate today) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read instrument file " + file + ": " + e.getMessage(), e);
        }
        List<Instrument> out = new ArrayList<>();
        String section = null;
        int sectionLine = 0;
        Map<String, String> kv = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                if (section != null) {
                    out.add(build(file, section, sectionLine, kv, keyLines, today));
                }
                section = s.substring(1, s.length() - 1).trim();
                sectionLine = n;
                kv = new LinkedHashMap<>();
                keyLines = new LinkedHashMap<>();
                continue;
            }
            int eq = s.indexOf('=');
            if (section == null || eq <= 0) {
                throw new BadInputException(file + ":" + n + ": expected '[SYMBOL]' or 'key = value', got '" + s + "'");
            }
            String key = s.substring(0, eq).trim();
            kv.put(key, s.substring(eq + 1).trim());
            keyLines.put(key, n);
        }
        if (section != null) {
            out.add(build(file, section, sectionLine, kv, keyLines, today));
        }
        return out;
    }

    private static Instrument build(Path file, String section, int line, Map<String, String> kv,
                                    Map<String, Integer> keyLines, LocalDate today) {
        String st = kv.getOrDefault("secType", "STK");
        SecType secType = SecType.parseOrNull(st);
        if (secType == null) {
            throw new BadInputException(file + ":" + keyLines.getOrDefault("secType", line) + ": unknown secType '" + st
                    + "'; valid: STK, FUT, CASH, IND, OPT, FOP");
        }
        String symbol = kv.getOrDefault("symbol", section);
        Instrument.Builder b = Instrument.builder(symbol, secType);
        applyTypeDefaults(b, secType);
        for (Map.Entry<String, String> e : kv.entrySet()) {
            int at = keyLines.get(e.getKey());
            try {
                apply(b, e.getKey(), e.getValue(), today);
            } catch (RuntimeException ex) {
                throw new BadInputException(file + ":" + at + ": bad " + e.getKey() + " '" + e.getValue() + "': "
                        + ex.getMessage(), ex);
            }
        }
        if (!kv.containsKey("conId")) {
            b.conId(InstrumentUniverse.derivedConId(section + "|" + secType + "|" + kv.getOrDefault("expiry", "")));
        }
        try {
            return b.build();
        } catch (RuntimeException ex) {
            throw new BadInputException(file + ":" + line + ": instrument [" + section + "]: " + ex.getMessage(), ex);
        }
    }

    private static void applyTypeDefaults(Instrument.Builder b, SecType t) {
        switch (t) {
            case FUT -> b.exchange("CME").timeZone("US/Central").tradingHours("MON-FRI 1700-1600")
                    .liquidHours("MON-FRI 0830-1500").lotSize(1).multiplier("50").marketRuleIds("67");
            case CASH -> b.exchange("IDEALPRO").tradingHours("MON-FRI 1715-1700").liquidHours("MON-FRI 1715-1700")
                    .minTick(0.00005).lotSize(100_000).marketRuleIds("239");
            case IND -> b.tradable(false).lotSize(0).liquidHours("MON-FRI 0930-1600").tradingHours("MON-FRI 0930-1600");
            case OPT -> b.multiplier("100").lotSize(1).tradingHours("MON-FRI 0930-1600").marketRuleIds("32");
            case FOP -> b.exchange("CME").timeZone("US/Central").multiplier("50").lotSize(1)
                    .tradingHours("MON-FRI 1700-1600").liquidHours("MON-FRI 0830-1500");
            default -> { }
        }
    }

    private static void apply(Instrument.Builder b, String key, String v, LocalDate today) {
        switch (key) {
            case "secType", "symbol" -> { }
            case "conId" -> b.conId(Integer.parseInt(v));
            case "exchange" -> b.exchange(v);
            case "primaryExchange" -> b.primaryExchange(v);
            case "currency" -> b.currency(v);
            case "localSymbol" -> b.localSymbol(v);
            case "tradingClass" -> b.tradingClass(v);
            case "marketName" -> b.marketName(v);
            case "longName" -> b.longName(v);
            case "minTick" -> b.minTick(Double.parseDouble(v));
            case "multiplier" -> b.multiplier(v);
            case "expiry" -> b.expiry(expiry(v, today));
            case "lastTradeTime" -> b.lastTradeTime(v);
            case "strike" -> b.strike(Double.parseDouble(v));
            case "right" -> b.right(v.substring(0, 1).toUpperCase(Locale.ROOT));
            case "timeZone" -> {
                IbZones.toZoneId(v);
                b.timeZone(v);
            }
            case "tradingHours" -> b.tradingHours(v);
            case "liquidHours" -> b.liquidHours(v);
            case "validExchanges" -> b.validExchanges(v);
            case "marketRuleIds" -> b.marketRuleIds(v);
            case "underConId" -> b.underConId(Integer.parseInt(v));
            case "underSymbol" -> b.underSymbol(v);
            case "underSecType" -> b.underSecType(v);
            case "industry" -> b.industry(v);
            case "category" -> b.category(v);
            case "subcategory" -> b.subcategory(v);
            case "tradable" -> b.tradable(Boolean.parseBoolean(v) || v.equals("1"));
            case "price" -> b.price(Double.parseDouble(v));
            case "volatility" -> b.volatility(Double.parseDouble(v));
            case "spreadTicks" -> b.spreadTicks(Integer.parseInt(v));
            case "lotSize" -> b.lotSize(Double.parseDouble(v));
            default -> throw new IllegalArgumentException("unknown key");
        }
    }

    private static String expiry(String v, LocalDate today) {
        if (v.equalsIgnoreCase("quarterly")) {
            return Expiries.nextQuarterly(today).toString().replace("-", "");
        }
        if (v.equalsIgnoreCase("monthly")) {
            return Expiries.nextMonthly(today).toString().replace("-", "");
        }
        if (!v.matches("\\d{8}")) {
            throw new IllegalArgumentException("expected yyyyMMdd, quarterly or monthly");
        }
        return v;
    }
}
