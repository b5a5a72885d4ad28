package org.bt4j.gateway.market;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One listed contract of the simulated market: IB's contract and contract-details fields (what
 * {@code reqContractDetails} returns) plus the parameters of its synthetic price process. Built
 * with {@link #builder(String, SecType)}. Immutable and thread-safe.
 */
public final class Instrument {

    private final int conId;
    private final String symbol;
    private final SecType secType;
    private final String expiry;
    private final String lastTradeTime;
    private final double strike;
    private final String right;
    private final String multiplier;
    private final String exchange;
    private final String primaryExchange;
    private final String currency;
    private final String localSymbol;
    private final String tradingClass;
    private final String marketName;
    private final String longName;
    private final double minTick;
    private final String ibTimeZoneId;
    private final ZoneId zone;
    private final SessionSchedule tradingHours;
    private final SessionSchedule liquidHours;
    private final String orderTypes;
    private final String validExchanges;
    private final String marketRuleIds;
    private final int underConId;
    private final String underSymbol;
    private final String underSecType;
    private final String industry;
    private final String category;
    private final String subcategory;
    private final String stockType;
    private final boolean tradable;
    private final double basePrice;
    private final double volatility;
    private final int spreadTicks;
    private final double lotSize;

    private Instrument(Builder b) {
        this.conId = b.conId;
        this.symbol = b.symbol;
        this.secType = b.secType;
        this.expiry = b.expiry;
        this.lastTradeTime = b.lastTradeTime;
        this.strike = b.strike;
        this.right = b.right;
        this.multiplier = b.multiplier;
        this.exchange = b.exchange;
        this.primaryExchange = b.primaryExchange;
        this.currency = b.currency;
        this.localSymbol = b.localSymbol == null ? b.symbol : b.localSymbol;
        this.tradingClass = b.tradingClass == null ? b.symbol : b.tradingClass;
        this.marketName = b.marketName == null ? this.tradingClass : b.marketName;
        this.longName = b.longName == null ? b.symbol : b.longName;
        this.minTick = b.minTick;
        this.ibTimeZoneId = b.ibTimeZoneId;
        this.zone = IbZones.toZoneId(b.ibTimeZoneId);
        this.tradingHours = SessionSchedule.parse(b.tradingHours, zone);
        this.liquidHours = SessionSchedule.parse(b.liquidHours == null ? b.tradingHours : b.liquidHours, zone);
        this.orderTypes = b.orderTypes;
        this.validExchanges = b.validExchanges == null ? b.exchange : b.validExchanges;
        this.marketRuleIds = b.marketRuleIds;
        this.underConId = b.underConId;
        this.underSymbol = b.underSymbol == null ? b.symbol : b.underSymbol;
        this.underSecType = b.underSecType == null ? "" : b.underSecType;
        this.industry = b.industry;
        this.category = b.category;
        this.subcategory = b.subcategory;
        this.stockType = b.stockType == null ? (secType == SecType.STK ? "COMMON" : "") : b.stockType;
        this.tradable = b.tradable;
        this.basePrice = b.basePrice;
        this.volatility = b.volatility;
        this.spreadTicks = b.spreadTicks;
        this.lotSize = b.lotSize;
        if (conId <= 0) {
            throw new IllegalArgumentException("conId must be positive for " + symbol + ": " + conId);
        }
        if (!(minTick > 0)) {
            throw new IllegalArgumentException("minTick must be positive for " + symbol + ": " + minTick);
        }
        if (!(basePrice > 0)) {
            throw new IllegalArgumentException("price must be positive for " + symbol + ": " + basePrice);
        }
    }

    /** Starts a builder for {@code symbol} of type {@code secType}; other fields have sensible defaults. */
    public static Builder builder(String symbol, SecType secType) {
        return new Builder(symbol, secType);
    }

    public int conId() { return conId; }
    public String symbol() { return symbol; }
    public SecType secType() { return secType; }
    /** {@code yyyyMMdd} expiry for FUT/OPT/FOP, else empty. */
    public String expiry() { return expiry; }
    /** Last trade time {@code HH:mm} on the expiry day (exchange zone), or empty. */
    public String lastTradeTime() { return lastTradeTime; }
    public double strike() { return strike; }
    /** {@code C}, {@code P} or empty. */
    public String right() { return right; }
    /** Contract multiplier as IB writes it ({@code ""} for stocks). */
    public String multiplier() { return multiplier; }
    /** Multiplier as a number (1 when empty). */
    public double multiplierValue() { return multiplier.isEmpty() ? 1.0 : Double.parseDouble(multiplier); }
    public String exchange() { return exchange; }
    public String primaryExchange() { return primaryExchange; }
    public String currency() { return currency; }
    public String localSymbol() { return localSymbol; }
    public String tradingClass() { return tradingClass; }
    public String marketName() { return marketName; }
    public String longName() { return longName; }
    public double minTick() { return minTick; }
    /** IB's time zone id as sent in contract details ({@code US/Eastern}). */
    public String ibTimeZoneId() { return ibTimeZoneId; }
    public ZoneId zone() { return zone; }
    public SessionSchedule tradingHours() { return tradingHours; }
    public SessionSchedule liquidHours() { return liquidHours; }
    public String orderTypes() { return orderTypes; }
    public String validExchanges() { return validExchanges; }
    public String marketRuleIds() { return marketRuleIds; }
    public int underConId() { return underConId; }
    public String underSymbol() { return underSymbol; }
    public String underSecType() { return underSecType; }
    public String industry() { return industry; }
    public String category() { return category; }
    public String subcategory() { return subcategory; }
    public String stockType() { return stockType; }
    /** False for indices: orders are rejected. */
    public boolean tradable() { return tradable; }
    /** True when the instrument prints trades (forex pairs quote only, as on IDEALPRO). */
    public boolean hasTrades() { return secType != SecType.CASH; }
    /** True when the instrument has a bid/ask (indices print values only). */
    public boolean hasQuotes() { return secType != SecType.IND; }
    /** Centre of the synthetic price process. */
    public double basePrice() { return basePrice; }
    /** Annualised volatility of the synthetic price process (0.25 = 25%). */
    public double volatility() { return volatility; }
    /** Typical bid/ask spread in ticks. */
    public int spreadTicks() { return spreadTicks; }
    /** Typical trade / quote size unit (100 shares, 1 contract, 100 000 units of currency). */
    public double lotSize() { return lotSize; }

    /** A stable 64-bit key of this instrument for seeding the tape. */
    public long tapeKey() {
        long h = 1125899906842597L;
        String k = localSymbol + "|" + secType + "|" + conId;
        for (int i = 0; i < k.length(); i++) {
            h = 31 * h + k.charAt(i);
        }
        return h;
    }

    /** Rounds a price to this instrument's tick (the nearest double to the decimal tick price). */
    public double roundToTick(double price) {
        return priceOfTicks(Math.round(price / minTick));
    }

    /** {@code n} ticks as a price, computed so that 18549 ticks of 0.01 is exactly the double 185.49. */
    public double priceOfTicks(long n) {
        double inv = 1.0 / minTick;
        double invRounded = Math.rint(inv);
        return Math.abs(inv - invRounded) < 1e-9 ? n / invRounded : n * minTick;
    }

    /** True when {@code price} lies on the tick grid (within floating-point noise). */
    public boolean onTick(double price) {
        double n = price / minTick;
        return Math.abs(n - Math.rint(n)) < 1e-6;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instrument i && i.conId == conId;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(conId);
    }

    @Override
    public String toString() {
        return localSymbol + " " + secType + " " + exchange + " " + currency + " #" + conId;
    }

    /** Mutable builder of an {@link Instrument}; one thread. */
    public static final class Builder {
        private int conId;
        private final String symbol;
        private final SecType secType;
        private String expiry = "";
        private String lastTradeTime = "";
        private double strike;
        private String right = "";
        private String multiplier = "";
        private String exchange = "SMART";
        private String primaryExchange = "";
        private String currency = "USD";
        private String localSymbol;
        private String tradingClass;
        private String marketName;
        private String longName;
        private double minTick = 0.01;
        private String ibTimeZoneId = "US/Eastern";
        private String tradingHours = "MON-FRI 0400-2000";
        private String liquidHours = "MON-FRI 0930-1600";
        private String orderTypes = InstrumentUniverse.ORDER_TYPES;
        private String validExchanges;
        private String marketRuleIds = "26";
        private int underConId;
        private String underSymbol;
        private String underSecType;
        private String industry = "";
        private String category = "";
        private String subcategory = "";
        private String stockType;
        private boolean tradable = true;
        private double basePrice = 100;
        private double volatility = 0.25;
        private int spreadTicks = 1;
        private double lotSize = 100;

        private Builder(String symbol, SecType secType) {
            this.symbol = Objects.requireNonNull(symbol, "symbol");
            this.secType = Objects.requireNonNull(secType, "secType");
        }

        public Builder conId(int v) { conId = v; return this; }
        public Builder expiry(String v) { expiry = v; return this; }
        public Builder lastTradeTime(String v) { lastTradeTime = v; return this; }
        public Builder strike(double v) { strike = v; return this; }
        public Builder right(String v) { right = v; return this; }
        public Builder multiplier(String v) { multiplier = v; return this; }
        public Builder exchange(String v) { exchange = v; return this; }
        public Builder primaryExchange(String v) { primaryExchange = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder localSymbol(String v) { localSymbol = v; return this; }
        public Builder tradingClass(String v) { tradingClass = v; return this; }
        public Builder marketName(String v) { marketName = v; return this; }
        public Builder longName(String v) { longName = v; return this; }
        public Builder minTick(double v) { minTick = v; return this; }
        public Builder timeZone(String ibId) { ibTimeZoneId = ibId; return this; }
        public Builder tradingHours(String spec) { tradingHours = spec; return this; }
        public Builder liquidHours(String spec) { liquidHours = spec; return this; }
        public Builder orderTypes(String v) { orderTypes = v; return this; }
        public Builder validExchanges(String v) { validExchanges = v; return this; }
        public Builder marketRuleIds(String v) { marketRuleIds = v; return this; }
        public Builder underConId(int v) { underConId = v; return this; }
        public Builder underSymbol(String v) { underSymbol = v; return this; }
        public Builder underSecType(String v) { underSecType = v; return this; }
        public Builder industry(String industry, String category, String subcategory) {
            this.industry = industry;
            this.category = category;
            this.subcategory = subcategory;
            return this;
        }
        public Builder industry(String v) { industry = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder subcategory(String v) { subcategory = v; return this; }
        public Builder stockType(String v) { stockType = v; return this; }
        public Builder tradable(boolean v) { tradable = v; return this; }
        public Builder price(double v) { basePrice = v; return this; }
        public Builder volatility(double v) { volatility = v; return this; }
        public Builder spreadTicks(int v) { spreadTicks = v; return this; }
        public Builder lotSize(double v) { lotSize = v; return this; }

        /** Builds the instrument. @throws IllegalArgumentException on a bad value, naming it */
        public Instrument build() {
            return new Instrument(this);
        }
    }
}
