package org.bt4j.ib.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A contract as TWS describes it in contractDetails: the resolved {@link Contract} (with its
 * conId, exchange and primary exchange) and its trading properties — minimum tick, multiplier,
 * order types, valid exchanges, long name, the instrument's TWS time-zone id
 * ({@code US/Eastern}, {@code MET}, …), trading and liquid hours
 * ({@code yyyyMMdd:HHmm-yyyyMMdd:HHmm;…} or {@code yyyyMMdd:CLOSED}, in that zone), size
 * increments and, for futures, the last trade time. Build one with {@link #builder(Contract)}.
 *
 * <p>Threading: immutable.
 */
public record ContractDetails(Contract contract, String marketName, double minTick, String orderTypes,
                              String validExchanges, int priceMagnifier, int underConId, String longName,
                              String contractMonth, String industry, String category, String subcategory,
                              String timeZoneId, String tradingHours, String liquidHours, String evRule,
                              double evMultiplier, List<TagValue> secIdList, int aggGroup, String underSymbol,
                              String underSecType, String marketRuleIds, String realExpirationDate,
                              String stockType, double minSize, double sizeIncrement, double suggestedSizeIncrement,
                              String lastTradeTime, String lastTradeTimeZone, String lastTradeDate,
                              List<String> fundFields, List<TagValue> ineligibilityReasons) {

    /** Number of fund fields sent for secType FUND from server version 179. */
    public static final int FUND_FIELD_COUNT = 17;

    /** Copies the lists; nulls become empty. */
    public ContractDetails {
        secIdList = List.copyOf(secIdList == null ? List.of() : secIdList);
        fundFields = List.copyOf(fundFields == null ? List.of() : fundFields);
        ineligibilityReasons = List.copyOf(ineligibilityReasons == null ? List.of() : ineligibilityReasons);
    }

    /** @return a builder for details of {@code contract} with empty/neutral defaults */
    public static Builder builder(Contract contract) {
        return new Builder(contract);
    }

    void write(FieldWriter w, int version) {
        Contract c = contract;
        w.putString(c.symbol()).putString(c.secType());
        StringBuilder ltd = new StringBuilder(c.lastTradeDateOrContractMonth());
        if (!lastTradeTime.isEmpty()) {
            ltd.append(' ').append(lastTradeTime);
            if (!lastTradeTimeZone.isEmpty()) {
                ltd.append(' ').append(lastTradeTimeZone);
            }
        }
        w.putString(ltd.toString());
        if (version >= ServerVersion.LAST_TRADE_DATE) {
            w.putString(lastTradeDate);
        }
        w.putDecimal(c.strike()).putString(c.right()).putString(c.exchange()).putString(c.currency())
                .putString(c.localSymbol()).putString(marketName).putString(c.tradingClass()).putInt(c.conId())
                .putDouble(minTick);
        if (version >= ServerVersion.MD_SIZE_MULTIPLIER && version < ServerVersion.SIZE_RULES) {
            w.putInt(1); // mdSizeMultiplier
        }
        w.putString(c.multiplier()).putString(orderTypes).putString(validExchanges)
                .putInt(priceMagnifier).putInt(underConId).putText(longName, version).putString(c.primaryExchange())
                .putString(contractMonth).putString(industry).putString(category).putString(subcategory)
                .putString(timeZoneId).putString(tradingHours).putString(liquidHours).putString(evRule)
                .putDoubleMax(evMultiplier).putInt(secIdList.size());
        for (TagValue tv : secIdList) {
            w.putString(tv.tag()).putString(tv.value());
        }
        if (version >= ServerVersion.AGG_GROUP) {
            w.putInt(aggGroup);
        }
        if (version >= ServerVersion.UNDERLYING_INFO) {
            w.putString(underSymbol).putString(underSecType);
        }
        if (version >= ServerVersion.MARKET_RULES) {
            w.putString(marketRuleIds);
        }
        if (version >= ServerVersion.REAL_EXPIRATION_DATE) {
            w.putString(realExpirationDate);
        }
        if (version >= ServerVersion.STOCK_TYPE) {
            w.putString(stockType);
        }
        if (version == ServerVersion.FRACTIONAL_SIZE_SUPPORT) {
            w.putDecimal(minSize); // sizeMinTick, replaced by the three size rules at the next version
        }
        if (version >= ServerVersion.SIZE_RULES) {
            w.putDecimal(minSize).putDecimal(sizeIncrement).putDecimal(suggestedSizeIncrement);
        }
        if (version >= ServerVersion.FUND_DATA_FIELDS && "FUND".equals(c.secType())) {
            for (int i = 0; i < FUND_FIELD_COUNT; i++) {
                w.putString(i < fundFields.size() ? fundFields.get(i) : "");
            }
        }
        if (version >= ServerVersion.INELIGIBILITY_REASONS) {
            w.putInt(ineligibilityReasons.size());
            for (TagValue tv : ineligibilityReasons) {
                w.putString(tv.tag()).putString(tv.value());
            }
        }
    }

    static ContractDetails read(FieldReader r, int version) {
        String symbol = r.readString();
        String secType = r.readString();
        String[] ltd = r.readString().trim().split("[ ]+|-(?=\\d\\d:)");
        String lastTradeDate = version >= ServerVersion.LAST_TRADE_DATE ? r.readString() : "";
        double strike = r.readDouble();
        String right = r.readString();
        String exchange = r.readString();
        String currency = r.readString();
        String localSymbol = r.readString();
        String marketName = r.readString();
        String tradingClass = r.readString();
        int conId = r.readInt();
        double minTick = r.readDouble();
        if (version >= ServerVersion.MD_SIZE_MULTIPLIER && version < ServerVersion.SIZE_RULES) {
            r.readInt(); // mdSizeMultiplier
        }
        String multiplier = r.readString();
        Builder b = new Builder(null);
        b.marketName = marketName;
        b.minTick = minTick;
        b.orderTypes = r.readString();
        b.validExchanges = r.readString();
        b.priceMagnifier = r.readInt();
        b.underConId = r.readInt();
        b.longName = r.readText(version);
        String primaryExchange = r.readString();
        b.contractMonth = r.readString();
        b.industry = r.readString();
        b.category = r.readString();
        b.subcategory = r.readString();
        b.timeZoneId = r.readString();
        b.tradingHours = r.readString();
        b.liquidHours = r.readString();
        b.evRule = r.readString();
        b.evMultiplier = r.readDoubleMax();
        int n = r.readInt();
        for (int i = 0; i < n; i++) {
            b.secIdList.add(new TagValue(r.readString(), r.readString()));
        }
        if (version >= ServerVersion.AGG_GROUP) {
            b.aggGroup = r.readIntMax();
        }
        if (version >= ServerVersion.UNDERLYING_INFO) {
            b.underSymbol = r.readString();
            b.underSecType = r.readString();
        }
        if (version >= ServerVersion.MARKET_RULES) {
            b.marketRuleIds = r.readString();
        }
        if (version >= ServerVersion.REAL_EXPIRATION_DATE) {
            b.realExpirationDate = r.readString();
        }
        if (version >= ServerVersion.STOCK_TYPE) {
            b.stockType = r.readString();
        }
        if (version == ServerVersion.FRACTIONAL_SIZE_SUPPORT) {
            b.minSize = r.readDecimal(); // sizeMinTick
        }
        if (version >= ServerVersion.SIZE_RULES) {
            b.minSize = r.readDecimal();
            b.sizeIncrement = r.readDecimal();
            b.suggestedSizeIncrement = r.readDecimal();
        }
        if (version >= ServerVersion.FUND_DATA_FIELDS && "FUND".equals(secType)) {
            for (int i = 0; i < FUND_FIELD_COUNT; i++) {
                b.fundFields.add(r.readString());
            }
        }
        if (version >= ServerVersion.INELIGIBILITY_REASONS && r.hasMore()) {
            int m = r.readInt();
            for (int i = 0; i < m; i++) {
                b.ineligibilityReasons.add(new TagValue(r.readString(), r.readString()));
            }
        }
        b.contract = new Contract(conId, symbol, secType, ltd.length > 0 ? ltd[0] : "", strike, right, multiplier,
                exchange, primaryExchange, currency, localSymbol, tradingClass, "", "");
        b.lastTradeTime = ltd.length > 1 ? ltd[1] : "";
        b.lastTradeTimeZone = ltd.length > 2 ? ltd[2] : "";
        b.lastTradeDate = lastTradeDate;
        return b.build();
    }

    /** Mutable builder of {@link ContractDetails}. Threading: confined to one thread. */
    public static final class Builder {
        private Contract contract;
        private String marketName = "";
        private double minTick = 0.01;
        private String orderTypes = "";
        private String validExchanges = "";
        private int priceMagnifier = 1;
        private int underConId;
        private String longName = "";
        private String contractMonth = "";
        private String industry = "";
        private String category = "";
        private String subcategory = "";
        private String timeZoneId = "";
        private String tradingHours = "";
        private String liquidHours = "";
        private String evRule = "";
        private double evMultiplier = Wire.UNSET_DOUBLE;
        private final List<TagValue> secIdList = new ArrayList<>();
        private int aggGroup = Wire.UNSET_INTEGER;
        private String underSymbol = "";
        private String underSecType = "";
        private String marketRuleIds = "";
        private String realExpirationDate = "";
        private String stockType = "";
        private double minSize = 1;
        private double sizeIncrement = 1;
        private double suggestedSizeIncrement = 1;
        private String lastTradeTime = "";
        private String lastTradeTimeZone = "";
        private String lastTradeDate = "";
        private final List<String> fundFields = new ArrayList<>();
        private final List<TagValue> ineligibilityReasons = new ArrayList<>();

        private Builder(Contract contract) {
            this.contract = contract;
        }

        /** @param v market name (usually the trading class) */
        public Builder marketName(String v) { marketName = v; return this; }
        /** @param v minimum price increment */
        public Builder minTick(double v) { minTick = v; return this; }
        /** @param v comma list of order types */
        public Builder orderTypes(String v) { orderTypes = v; return this; }
        /** @param v comma list of exchanges */
        public Builder validExchanges(String v) { validExchanges = v; return this; }
        /** @param v price magnifier */
        public Builder priceMagnifier(int v) { priceMagnifier = v; return this; }
        /** @param v underlying conId */
        public Builder underConId(int v) { underConId = v; return this; }
        /** @param v descriptive name */
        public Builder longName(String v) { longName = v; return this; }
        /** @param v contract month (futures) */
        public Builder contractMonth(String v) { contractMonth = v; return this; }
        /** @param v industry */
        public Builder industry(String v) { industry = v; return this; }
        /** @param v category */
        public Builder category(String v) { category = v; return this; }
        /** @param v subcategory */
        public Builder subcategory(String v) { subcategory = v; return this; }
        /** @param v TWS time-zone id of the instrument ({@code US/Eastern}, {@code MET}, …) */
        public Builder timeZoneId(String v) { timeZoneId = v; return this; }
        /** @param v trading hours text */
        public Builder tradingHours(String v) { tradingHours = v; return this; }
        /** @param v liquid (regular) hours text */
        public Builder liquidHours(String v) { liquidHours = v; return this; }
        /** @param v aggregation group */
        public Builder aggGroup(int v) { aggGroup = v; return this; }
        /** @param v underlying symbol */
        public Builder underSymbol(String v) { underSymbol = v; return this; }
        /** @param v underlying security type */
        public Builder underSecType(String v) { underSecType = v; return this; }
        /** @param v comma list of market rule ids, one per valid exchange */
        public Builder marketRuleIds(String v) { marketRuleIds = v; return this; }
        /** @param v real expiration date */
        public Builder realExpirationDate(String v) { realExpirationDate = v; return this; }
        /** @param v stock type (COMMON, ETF, …) */
        public Builder stockType(String v) { stockType = v; return this; }
        /** @param v minimum order size */
        public Builder minSize(double v) { minSize = v; return this; }
        /** @param v size increment */
        public Builder sizeIncrement(double v) { sizeIncrement = v; return this; }
        /** @param v suggested size increment */
        public Builder suggestedSizeIncrement(double v) { suggestedSizeIncrement = v; return this; }
        /** @param v last trade time ({@code HH:mm}) of a future or option */
        public Builder lastTradeTime(String v) { lastTradeTime = v; return this; }
        /** @param v zone of the last trade time */
        public Builder lastTradeTimeZone(String v) { lastTradeTimeZone = v; return this; }
        /** @param v last trade date ({@code yyyyMMdd}) */
        public Builder lastTradeDate(String v) { lastTradeDate = v; return this; }
        /** @param v a security id (e.g. ISIN) */
        public Builder addSecId(String tag, String v) { secIdList.add(new TagValue(tag, v)); return this; }

        /** @return the details */
        public ContractDetails build() {
            return new ContractDetails(contract, marketName, minTick, orderTypes, validExchanges, priceMagnifier,
                    underConId, longName, contractMonth, industry, category, subcategory, timeZoneId, tradingHours,
                    liquidHours, evRule, evMultiplier, secIdList, aggGroup, underSymbol, underSecType, marketRuleIds,
                    realExpirationDate, stockType, minSize, sizeIncrement, suggestedSizeIncrement, lastTradeTime,
                    lastTradeTimeZone, lastTradeDate, fundFields, ineligibilityReasons);
        }
    }
}
