package org.bt4j.ib.contract;

import java.util.Arrays;
import java.util.Iterator;
import org.bt4j.BadInputException;
import org.bt4j.ib.wire.Contract;

/**
 * Parses backtrader's IB data names into a contract to look up. Tokens are separated by
 * {@code -}: {@code TICKER[-SECTYPE[-EXCHANGE[-CURRENCY]]]} for STK, CFD, IND and CASH
 * ({@code EUR.USD-CASH-IDEALPRO}: symbol EUR, currency USD); futures as
 * {@code TICKER-YYYYMM-EXCHANGE[-CURRENCY[-MULT]]} or {@code TICKER-FUT-EXCHANGE-CURRENCY-YYYYMM[-MULT]};
 * future options as {@code TICKER-YYYYMM-EXCHANGE-CURRENCY-STRIKE-RIGHT[-MULT]} (a future with extra
 * tokens) or {@code TICKER-FOP-EXCHANGE-CURRENCY-YYYYMM-STRIKE-RIGHT[-MULT]}; options as
 * {@code TICKER-YYYYMMDD-EXCHANGE-CURRENCY-STRIKE-RIGHT[-MULT]} or
 * {@code TICKER-OPT-EXCHANGE-CURRENCY-YYYYMMDD-STRIKE-RIGHT[-MULT]}. Missing tokens take backtrader's
 * defaults (security type STK, exchange SMART, currency empty, or the feed's {@code sectype},
 * {@code exchange}, {@code currency} parameters). Unlike backtrader, the explicit {@code -FOP-} form
 * is parsed in full.
 *
 * <p>Threading: stateless.
 */
public final class DataName {

    private DataName() {
    }

    /** Parses with backtrader's defaults (STK, SMART, no currency). */
    public static Contract parse(String dataname) {
        return parse(dataname, "STK", "SMART", "");
    }

    /**
     * Parses {@code dataname}; the defaults apply when the name does not give them.
     *
     * @throws BadInputException naming the data name when it cannot be parsed
     */
    public static Contract parse(String dataname, String defaultSecType, String defaultExchange,
                                 String defaultCurrency) {
        if (dataname == null || dataname.isBlank()) {
            throw new BadInputException("empty IB data name (expected e.g. AAPL-STK-SMART-USD)");
        }
        Iterator<String> tokens = Arrays.asList(dataname.trim().split("-")).iterator();
        String symbol = tokens.next();
        String secType = tokens.hasNext() ? tokens.next().toUpperCase(java.util.Locale.ROOT) : defaultSecType;
        String exchange = defaultExchange;
        String currency = defaultCurrency;
        String expiry = "";
        String strike = "";
        String right = "";
        String mult = "";
        if (!secType.isEmpty() && secType.chars().allMatch(Character::isDigit)) {
            expiry = secType;
            secType = secType.length() == 6 ? "FUT" : "OPT";
        }
        if ("CASH".equals(secType)) {
            int dot = symbol.indexOf('.');
            if (dot <= 0 || dot == symbol.length() - 1) {
                throw new BadInputException("IB data name '" + dataname + "': a CASH pair is written BASE.QUOTE, e.g. EUR.USD-CASH-IDEALPRO");
            }
            currency = symbol.substring(dot + 1);
            symbol = symbol.substring(0, dot);
        }
        if (tokens.hasNext()) {
            exchange = tokens.next();
            if (tokens.hasNext()) {
                currency = tokens.next();
                switch (secType) {
                    case "FUT":
                        if (expiry.isEmpty() && tokens.hasNext()) {
                            expiry = tokens.next();
                        }
                        if (tokens.hasNext()) {
                            mult = tokens.next();
                            if (tokens.hasNext()) { // a future with strike and right is a future option
                                secType = "FOP";
                                strike = mult;
                                right = tokens.next();
                                mult = tokens.hasNext() ? tokens.next() : "";
                            }
                        }
                        break;
                    case "OPT":
                    case "FOP":
                        if (expiry.isEmpty() && tokens.hasNext()) {
                            expiry = tokens.next();
                        }
                        strike = tokens.hasNext() ? tokens.next() : "";
                        right = tokens.hasNext() ? tokens.next() : "";
                        mult = tokens.hasNext() ? tokens.next() : "";
                        break;
                    default:
                        break;
                }
            }
        }
        if (tokens.hasNext()) {
            throw new BadInputException("IB data name '" + dataname + "': unexpected token '" + tokens.next() + "'");
        }
        double strikeValue = 0.0;
        if (!strike.isEmpty()) {
            try {
                strikeValue = Double.parseDouble(strike);
            } catch (NumberFormatException e) {
                throw new BadInputException("IB data name '" + dataname + "': strike '" + strike + "' is not a number");
            }
        }
        boolean derivative = "FUT".equals(secType) || "OPT".equals(secType) || "FOP".equals(secType);
        boolean option = "OPT".equals(secType) || "FOP".equals(secType);
        if (option && !right.isEmpty() && !right.matches("(?i)C|P|CALL|PUT")) {
            throw new BadInputException("IB data name '" + dataname + "': right '" + right + "' must be C or P");
        }
        return new Contract(0, symbol, secType, derivative ? expiry : "", option ? strikeValue : 0.0,
                option ? right.toUpperCase(java.util.Locale.ROOT) : "", mult, exchange, "", currency, "", "", "", "");
    }
}
