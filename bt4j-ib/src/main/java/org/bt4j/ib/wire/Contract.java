package org.bt4j.ib.wire;

/**
 * An IB contract as it travels on the wire: the 12 fields of a request's contract block
 * ({@code conId .. tradingClass}) plus the security-id pair sent with orders and contract
 * look-ups. Empty strings mean "not given"; strike 0.0 means "no strike"; conId 0 means
 * "not resolved yet".
 *
 * <p>Threading: immutable.
 */
public record Contract(int conId, String symbol, String secType, String lastTradeDateOrContractMonth,
                       double strike, String right, String multiplier, String exchange,
                       String primaryExchange, String currency, String localSymbol, String tradingClass,
                       String secIdType, String secId) {

    /** Nulls become empty strings. */
    public Contract {
        symbol = nz(symbol);
        secType = nz(secType);
        lastTradeDateOrContractMonth = nz(lastTradeDateOrContractMonth);
        right = nz(right);
        multiplier = nz(multiplier);
        exchange = nz(exchange);
        primaryExchange = nz(primaryExchange);
        currency = nz(currency);
        localSymbol = nz(localSymbol);
        tradingClass = nz(tradingClass);
        secIdType = nz(secIdType);
        secId = nz(secId);
    }

    /** A contract with symbol, security type, exchange and currency only (e.g. AAPL STK SMART USD). */
    public static Contract of(String symbol, String secType, String exchange, String currency) {
        return new Contract(0, symbol, secType, "", 0.0, "", "", exchange, "", currency, "", "", "", "");
    }

    /** @return a copy with another conId */
    public Contract withConId(int id) {
        return new Contract(id, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange,
                primaryExchange, currency, localSymbol, tradingClass, secIdType, secId);
    }

    /** @return a copy with another exchange */
    public Contract withExchange(String ex) {
        return new Contract(conId, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, ex,
                primaryExchange, currency, localSymbol, tradingClass, secIdType, secId);
    }

    /** @return a copy with another primary exchange */
    public Contract withPrimaryExchange(String ex) {
        return new Contract(conId, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange,
                ex, currency, localSymbol, tradingClass, secIdType, secId);
    }

    /** @return a copy with another expiry / contract month */
    public Contract withLastTradeDateOrContractMonth(String d) {
        return new Contract(conId, symbol, secType, d, strike, right, multiplier, exchange,
                primaryExchange, currency, localSymbol, tradingClass, secIdType, secId);
    }

    /** @return a short human description, e.g. {@code AAPL STK SMART USD} or {@code ES FUT 202506 CME USD x50} */
    public String describe() {
        StringBuilder sb = new StringBuilder(symbol).append(' ').append(secType);
        if (!lastTradeDateOrContractMonth.isEmpty()) {
            sb.append(' ').append(lastTradeDateOrContractMonth);
        }
        if (strike != 0.0) {
            sb.append(' ').append(strike);
        }
        if (!right.isEmpty()) {
            sb.append(' ').append(right);
        }
        if (!exchange.isEmpty()) {
            sb.append(' ').append(exchange);
        }
        if (!currency.isEmpty()) {
            sb.append(' ').append(currency);
        }
        if (!multiplier.isEmpty()) {
            sb.append(" x").append(multiplier);
        }
        if (conId != 0) {
            sb.append(" conId=").append(conId);
        }
        return sb.toString();
    }

    /** Request contract block (12 fields): conId .. exchange, primaryExchange, currency, localSymbol, tradingClass. */
    void writeBlock(FieldWriter w) {
        w.putInt(conId).putString(symbol).putString(secType).putString(lastTradeDateOrContractMonth)
                .putRequestDouble(strike).putString(right).putString(multiplier).putString(exchange)
                .putString(primaryExchange).putString(currency).putString(localSymbol).putString(tradingClass);
    }

    static Contract readBlock(FieldReader r) {
        return readBlock(r, true);
    }

    /** The request block; without {@code primaryExchange} as legacy reqContractDetails sends it. */
    static Contract readBlock(FieldReader r, boolean withPrimaryExchange) {
        return new Contract(r.readInt(), r.readString(), r.readString(), r.readString(), r.readDouble(),
                r.readString(), r.readString(), r.readString(), withPrimaryExchange ? r.readString() : "",
                r.readString(), r.readString(), r.readString(), "", "");
    }

    /**
     * Reply contract block (11 fields) used by openOrder, execDetails, position, completedOrder:
     * conId .. multiplier, exchange, currency, localSymbol, tradingClass. With {@code primary}
     * (updatePortfolio) the exchange slot carries the primary exchange.
     */
    void writeShort(FieldWriter w, boolean primary) {
        w.putInt(conId).putString(symbol).putString(secType).putString(lastTradeDateOrContractMonth)
                .putDouble(strike).putString(right).putString(multiplier).putString(primary ? primaryExchange : exchange)
                .putString(currency).putString(localSymbol).putString(tradingClass);
    }

    static Contract readShort(FieldReader r, boolean primary) {
        int conId = r.readInt();
        String symbol = r.readString();
        String secType = r.readString();
        String ltd = r.readString();
        double strike = r.readDouble();
        String right = r.readString();
        String mult = r.readString();
        String ex = r.readString();
        return new Contract(conId, symbol, secType, ltd, strike, right, mult, primary ? "" : ex, primary ? ex : "",
                r.readString(), r.readString(), r.readString(), "", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
