package org.bt4j.gateway.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The instruments the simulated gateway lists, looked up by conId or by a client's contract
 * fields. {@link #defaults(LocalDate)} gives stocks (TWTR, AAPL, MSFT, SPY), four quarterly E-mini
 * futures, EUR.USD, two indices (SPX, DAX), an AAPL option chain (four monthly expiries, nine strikes,
 * calls and puts) and options on the front E-mini future (five strikes), dated relative to the given day; {@link UniverseFile} adds more from a config file. Immutable after
 * construction, thread-safe.
 */
public final class InstrumentUniverse {

    /** Order types TWS lists for a typical US contract. */
    public static final String ORDER_TYPES = "ACTIVETIM,AD,ADJUST,ALERT,ALGO,ALLOC,AVGCOST,BASKET,COND,"
            + "CONDORDER,DAY,DEACT,DEACTDIS,DEACTEOD,GAT,GTC,GTD,GTT,HID,IOC,LIT,LMT,MIT,MKT,MOC,MTL,NONALGO,"
            + "OCA,OPG,OPGREROUT,POSTONLY,RELSTK,SCALE,SCALERST,SNAPMID,SNAPMKT,SNAPREL,STP,STPLMT,TRAIL,"
            + "TRAILLIT,TRAILLMT,TRAILMIT,WHATIF";

    private static final String STK_EXCHANGES = "SMART,AMEX,NYSE,CBOE,PHLX,ISE,CHX,ARCA,NASDAQ,DRCTEDGE,BEX,BATS,EDGEA,IEX";

    private final Map<Integer, Instrument> byConId = new LinkedHashMap<>();

    /** A universe of exactly these instruments. @throws IllegalArgumentException on a duplicate conId */
    public InstrumentUniverse(Collection<Instrument> instruments) {
        for (Instrument i : instruments) {
            if (byConId.putIfAbsent(i.conId(), i) != null) {
                throw new IllegalArgumentException("duplicate conId " + i.conId() + " (" + i + ")");
            }
        }
    }

    /** The default universe, with derivative expiries computed from {@code today}. */
    public static InstrumentUniverse defaults(LocalDate today) {
        return new InstrumentUniverse(defaultInstruments(today));
    }

    /** The default instruments (see the class comment). */
    public static List<Instrument> defaultInstruments(LocalDate today) {
        List<Instrument> list = new ArrayList<>();
        list.add(stock("TWTR", 13923523, "NYSE", "TWTR", 54.20, "TWITTER INC", "Communications", "Internet", "Web Portals/ISP"));
        list.add(stock("AAPL", 265598, "NASDAQ", "NMS", 185.50, "APPLE INC", "Technology", "Computers", "Computers"));
        list.add(stock("MSFT", 272093, "NASDAQ", "NMS", 375.00, "MICROSOFT CORP", "Technology", "Software", "Software-Applications"));
        list.add(Instrument.builder("SPY", SecType.STK).conId(756733).primaryExchange("ARCA").tradingClass("SPY")
                .longName("SPDR S&P 500 ETF TRUST").stockType("ETF").validExchanges(STK_EXCHANGES)
                .marketRuleIds(repeat("26", STK_EXCHANGES)).price(470.0).volatility(0.15).build());

        Instrument es = null;
        LocalDate esExpiry = Expiries.nextQuarterly(today);
        for (int i = 0; i < ES_MONTHS; i++) {
            Instrument month = esFuture(esExpiry);
            es = es == null ? month : es;
            list.add(month);
            esExpiry = Expiries.nextQuarterly(esExpiry.plusDays(1));
        }
        list.add(Instrument.builder("EUR", SecType.CASH).conId(12087792).exchange("IDEALPRO").currency("USD")
                .localSymbol("EUR.USD").tradingClass("EUR.USD").marketName("EUR.USD").longName("European Monetary Union Euro")
                .minTick(0.00005).tradingHours("MON-FRI 1715-1700").liquidHours("MON-FRI 1715-1700")
                .validExchanges("IDEALPRO").marketRuleIds("239").price(1.09).volatility(0.07).spreadTicks(2)
                .lotSize(100_000).build());

        list.add(Instrument.builder("SPX", SecType.IND).conId(416904).exchange("CBOE").currency("USD")
                .longName("S&P 500 Stock Index").timeZone("US/Central").tradingHours("MON-FRI 0830-1500")
                .liquidHours("MON-FRI 0830-1500").validExchanges("CBOE").marketRuleIds("110").tradable(false)
                .price(4700.0).volatility(0.15).lotSize(0).build());
        list.add(Instrument.builder("DAX", SecType.IND).conId(825711).exchange("EUREX").currency("EUR")
                .longName("DAX 40 Index").timeZone("Europe/Berlin").tradingHours("MON-FRI 0800-2200")
                .liquidHours("MON-FRI 0900-1730").validExchanges("EUREX").marketRuleIds("1678").tradable(false)
                .price(16700.0).volatility(0.16).lotSize(0).build());

        LocalDate optExpiry = Expiries.nextMonthly(today);
        for (int i = 0; i < AAPL_EXPIRIES; i++) {
            for (int k = -AAPL_STRIKES; k <= AAPL_STRIKES; k++) {
                list.add(aaplOption(optExpiry, 185 + 5.0 * k, "C"));
                list.add(aaplOption(optExpiry, 185 + 5.0 * k, "P"));
            }
            optExpiry = Expiries.nextMonthly(optExpiry);
        }
        for (int k = -ES_STRIKES; k <= ES_STRIKES; k++) {
            list.add(esOption(es, 4750 + 25.0 * k, "C"));
            list.add(esOption(es, 4750 + 25.0 * k, "P"));
        }
        return list;
    }

    /** Quarterly E-mini months listed. */
    static final int ES_MONTHS = 4;
    /** Monthly AAPL expiries listed, and strikes on each side of 185 (every 5). */
    static final int AAPL_EXPIRIES = 4;
    static final int AAPL_STRIKES = 4;
    /** ES futures options strikes on each side of 4750 (every 25), on the front month. */
    static final int ES_STRIKES = 2;

    private static Instrument esFuture(LocalDate expiry) {
        String code = Expiries.monthCode(expiry);
        return Instrument.builder("ES", SecType.FUT).conId(derivedConId("ES" + expiry))
                .expiry(expiry.toString().replace("-", "")).lastTradeTime("08:30").multiplier("50")
                .exchange("CME").currency("USD").localSymbol("ES" + code).tradingClass("ES").marketName("ES")
                .longName("E-mini S&P 500").minTick(0.25).timeZone("US/Central")
                .tradingHours("MON-FRI 1700-1600").liquidHours("MON-FRI 0830-1500")
                .validExchanges("CME,QBALGO").marketRuleIds("67,67").underConId(11004968).underSymbol("ES")
                .underSecType("IND").price(4750.0).volatility(0.15).spreadTicks(1).lotSize(1).build();
    }

    /** An AAPL option; the price is intrinsic value plus time value, so the chain is ordered like a real one. */
    private static Instrument aaplOption(LocalDate expiry, double strike, String right) {
        String ymd = expiry.toString().replace("-", "");
        String occ = String.format(Locale.ROOT, "AAPL  %s%s%08d", ymd.substring(2), right, Math.round(strike * 1000));
        double intrinsic = Math.max(0, right.equals("C") ? 185.50 - strike : strike - 185.50);
        return Instrument.builder("AAPL", SecType.OPT).conId(derivedConId(occ)).expiry(ymd).lastTradeTime("16:00")
                .strike(strike).right(right).multiplier("100").exchange("SMART").currency("USD").localSymbol(occ)
                .tradingClass("AAPL").marketName("AAPL").longName("APPLE INC").tradingHours("MON-FRI 0930-1600")
                .liquidHours("MON-FRI 0930-1600").validExchanges("SMART,AMEX,CBOE,PHLX,PSE,ISE,BOX,BATS,NASDAQOM,CBOE2,NASDAQBX,MIAX,GEMINI,EDGX,MERCURY,PEARL,EMERALD,MEMX,IBUSOPT")
                .marketRuleIds("32").underConId(265598).underSymbol("AAPL").underSecType("STK")
                .price(Math.round((intrinsic + 4.90) * 100) / 100.0).volatility(0.60).spreadTicks(3).lotSize(1).build();
    }

    /** An option on the front E-mini future. */
    private static Instrument esOption(Instrument es, double strike, String right) {
        LocalDate expiry = LocalDate.parse(es.expiry(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String local = es.localSymbol() + " " + right + Math.round(strike);
        double intrinsic = Math.max(0, right.equals("C") ? 4750 - strike : strike - 4750);
        return Instrument.builder("ES", SecType.FOP).conId(derivedConId(local + expiry)).expiry(es.expiry())
                .lastTradeTime("15:00").strike(strike).right(right).multiplier("50").exchange("CME").currency("USD")
                .localSymbol(local).tradingClass("ES").marketName("ES").longName("E-mini S&P 500")
                .minTick(0.05).timeZone("US/Central").tradingHours("MON-FRI 1700-1600").liquidHours("MON-FRI 0830-1500")
                .validExchanges("CME").marketRuleIds("1039").underConId(es.conId()).underSymbol("ES").underSecType("FUT")
                .price(intrinsic + 62.0).volatility(0.45).spreadTicks(5).lotSize(1).build();
    }

    private static Instrument stock(String sym, int conId, String primary, String tradingClass, double price,
                                    String longName, String industry, String category, String sub) {
        return Instrument.builder(sym, SecType.STK).conId(conId).primaryExchange(primary).tradingClass(tradingClass)
                .longName(longName).industry(industry, category, sub).validExchanges(STK_EXCHANGES)
                .marketRuleIds(repeat("26", STK_EXCHANGES)).price(price).build();
    }

    /** One rule id per valid exchange, comma separated, as TWS sends marketRuleIds. */
    static String repeat(String rule, String exchanges) {
        int n = exchanges.split(",").length;
        return String.join(",", java.util.Collections.nCopies(n, rule));
    }

    /** A deterministic positive conId for a generated contract. */
    static int derivedConId(String key) {
        return 500_000_000 + Math.floorMod(key.hashCode(), 400_000_000);
    }

    /** A new universe with {@code extra} added (an extra instrument with an existing conId replaces it). */
    public InstrumentUniverse with(Collection<Instrument> extra) {
        Map<Integer, Instrument> merged = new LinkedHashMap<>(byConId);
        for (Instrument i : extra) {
            merged.put(i.conId(), i);
        }
        return new InstrumentUniverse(merged.values());
    }

    /** Every instrument, in listing order. */
    public Collection<Instrument> all() {
        return byConId.values();
    }

    /** The instrument with this conId, or null. */
    public Instrument byConId(int conId) {
        return byConId.get(conId);
    }

    /** Every instrument matching {@code q} (several when the query is ambiguous). */
    public List<Instrument> find(ContractQuery q) {
        List<Instrument> out = new ArrayList<>();
        if (q.conId() > 0) {
            Instrument i = byConId.get(q.conId());
            if (i != null) {
                out.add(i);
            }
            return out;
        }
        for (Instrument i : byConId.values()) {
            if (matches(i, q)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The single instrument matching {@code q}, or null when none or several match. */
    public Instrument resolve(ContractQuery q) {
        List<Instrument> found = find(q);
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean matches(Instrument i, ContractQuery q) {
        if (!q.symbol().isEmpty() && !q.symbol().equalsIgnoreCase(i.symbol())) {
            return false;
        }
        if (q.symbol().isEmpty() && q.localSymbol().isEmpty()) {
            return false;
        }
        if (!q.localSymbol().isEmpty() && !q.localSymbol().equalsIgnoreCase(i.localSymbol())) {
            return false;
        }
        if (!q.secType().isEmpty() && !q.secType().equalsIgnoreCase(i.secType().name())) {
            return false;
        }
        if (!q.currency().isEmpty() && !q.currency().equalsIgnoreCase(i.currency())) {
            return false;
        }
        if (!q.tradingClass().isEmpty() && !q.tradingClass().equalsIgnoreCase(i.tradingClass())) {
            return false;
        }
        if (!q.expiry().isEmpty() && !i.expiry().startsWith(q.expiry().split("[ -]")[0])) {
            return false;
        }
        if (q.strike() > 0 && Math.abs(q.strike() - i.strike()) > 1e-9) {
            return false;
        }
        if (!q.right().isEmpty() && !q.right().substring(0, 1).equalsIgnoreCase(i.right())) {
            return false;
        }
        if (!q.multiplier().isEmpty() && !i.multiplier().isEmpty()
                && Double.parseDouble(q.multiplier()) != i.multiplierValue()) {
            return false;
        }
        return exchangeMatches(i, q.exchange());
    }

    private static boolean exchangeMatches(Instrument i, String ex) {
        if (ex.isEmpty() || ex.equalsIgnoreCase(i.exchange())) {
            return true;
        }
        if (ex.equalsIgnoreCase("GLOBEX") && i.exchange().equals("CME")) {
            return true;
        }
        for (String v : i.validExchanges().split(",")) {
            if (v.equalsIgnoreCase(ex)) {
                return true;
            }
        }
        return ex.equalsIgnoreCase(i.primaryExchange());
    }
}
