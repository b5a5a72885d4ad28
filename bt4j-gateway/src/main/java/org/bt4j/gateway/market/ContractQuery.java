package org.bt4j.gateway.market;

/**
 * The contract fields of a client request (IB's "contract block"), used to look instruments up.
 * Empty strings and zeros mean "any". Immutable.
 *
 * @param conId       contract id, 0 = any
 * @param symbol      underlying symbol
 * @param secType     IB security type text
 * @param expiry      {@code lastTradeDateOrContractMonth}: {@code yyyyMM} or {@code yyyyMMdd}
 * @param strike      option strike, 0 = any
 * @param right       C/CALL/P/PUT
 * @param multiplier  contract multiplier text
 * @param exchange    exchange (SMART matches any listing)
 * @param currency    currency
 * @param localSymbol local symbol
 * @param tradingClass trading class
 */
public record ContractQuery(int conId, String symbol, String secType, String expiry, double strike,
                            String right, String multiplier, String exchange, String currency,
                            String localSymbol, String tradingClass) {

    /** Normalises nulls to empty strings. */
    public ContractQuery {
        symbol = nz(symbol);
        secType = nz(secType);
        expiry = nz(expiry);
        right = nz(right);
        multiplier = nz(multiplier);
        exchange = nz(exchange);
        currency = nz(currency);
        localSymbol = nz(localSymbol);
        tradingClass = nz(tradingClass);
    }

    /** A query by symbol and security type only. */
    public static ContractQuery of(String symbol, String secType) {
        return new ContractQuery(0, symbol, secType, "", 0, "", "", "", "", "", "");
    }

    /** A query by contract id only. */
    public static ContractQuery ofConId(int conId) {
        return new ContractQuery(conId, "", "", "", 0, "", "", "", "", "", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    /** Short description for error texts. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (conId > 0) {
            sb.append("conId=").append(conId).append(' ');
        }
        sb.append(symbol.isEmpty() ? localSymbol : symbol);
        for (String s : new String[] {secType, expiry, right, exchange, currency}) {
            if (!s.isEmpty()) {
                sb.append(' ').append(s);
            }
        }
        if (strike > 0) {
            sb.append(" strike=").append(strike);
        }
        return sb.toString().trim();
    }
}
