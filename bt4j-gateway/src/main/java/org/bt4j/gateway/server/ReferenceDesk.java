package org.bt4j.gateway.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.market.SecType;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;

/**
 * Reference data from the instrument universe, each answer on its request's own id: option chain
 * parameters (reqSecDefOptParams), matching symbols, market rules, the head time stamp of the data,
 * and fundamental data (refused with TWS's 430, as for an account without the subscription).
 * <b>Threading:</b> gateway thread only.
 */
final class ReferenceDesk {

    private static final long NS = 1_000_000_000L;
    /** TWS lists at most this many matching symbols. */
    static final int MAX_SYMBOLS = 16;
    private static final DateTimeFormatter HEAD = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss", Locale.ROOT);

    private final GatewayConfig config;
    private final GatewayLoop loop;
    private final ApiClients clients;
    private final ContractDesk contracts;
    private final InstrumentUniverse universe;

    ReferenceDesk(GatewayConfig config, GatewayLoop loop, ApiClients clients, ContractDesk contracts,
                  InstrumentUniverse universe) {
        this.config = config;
        this.loop = loop;
        this.clients = clients;
        this.contracts = contracts;
        this.universe = universe;
    }

    /** Answers reqSecDefOptParams: one row per exchange and trading class, then the end message. */
    void optionChains(ApiClient c, ClientMessage.ReqSecDefOptParams m) {
        Map<String, List<Instrument>> byClass = new LinkedHashMap<>();
        for (Instrument i : universe.all()) {
            boolean option = i.secType() == SecType.OPT || i.secType() == SecType.FOP;
            boolean under = m.underlyingConId() > 0 ? i.underConId() == m.underlyingConId()
                    : i.underSymbol().equalsIgnoreCase(m.underlyingSymbol());
            if (option && under && (m.underlyingSecType().isEmpty() || m.underlyingSecType().equalsIgnoreCase(i.underSecType()))) {
                byClass.computeIfAbsent(i.tradingClass() + "|" + i.multiplier() + "|" + i.underConId(),
                        k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Instrument> chain : byClass.values()) {
            Instrument first = chain.get(0);
            Set<String> expiries = new TreeSet<>();
            Set<Double> strikes = new TreeSet<>();
            for (Instrument i : chain) {
                expiries.add(i.expiry());
                strikes.add(i.strike());
            }
            Set<String> exchanges = new LinkedHashSet<>(List.of(first.validExchanges().split(",")));
            for (String ex : exchanges) {
                if (m.futFopExchange().isEmpty() || m.futFopExchange().equalsIgnoreCase(ex)) {
                    clients.send(c, new ServerMessage.SecDefOptParameter(m.reqId(), ex, first.underConId(),
                            first.tradingClass(), first.multiplier(), List.copyOf(expiries), List.copyOf(strikes)));
                }
            }
        }
        clients.send(c, new ServerMessage.SecDefOptParameterEnd(m.reqId()));
    }

    /** Answers reqMatchingSymbols: stocks, indices and forex whose symbol or name starts with the pattern. */
    void matchingSymbols(ApiClient c, ClientMessage.ReqMatchingSymbols m) {
        String p = m.pattern().trim().toUpperCase(Locale.ROOT);
        List<ServerMessage.ContractDescription> found = new ArrayList<>();
        for (Instrument i : universe.all()) {
            boolean underlying = i.secType() == SecType.STK || i.secType() == SecType.IND || i.secType() == SecType.CASH;
            if (underlying && !p.isEmpty() && found.size() < MAX_SYMBOLS && (i.symbol().startsWith(p)
                    || i.longName().toUpperCase(Locale.ROOT).startsWith(p))) {
                found.add(new ServerMessage.ContractDescription(i.conId(), i.symbol(), i.secType().name(),
                        i.primaryExchange().isEmpty() ? i.exchange() : i.primaryExchange(), i.currency(),
                        derivatives(i), i.longName()));
            }
        }
        clients.send(c, new ServerMessage.SymbolSamples(m.reqId(), found));
    }

    private List<String> derivatives(Instrument under) {
        Set<String> types = new TreeSet<>();
        for (Instrument i : universe.all()) {
            if (i.underConId() == under.conId() || (i.secType() == SecType.FUT && i.underSymbol().equals(under.symbol())
                    && under.secType() == SecType.IND)) {
                types.add(i.secType().name());
            }
        }
        return List.copyOf(types);
    }

    /**
     * Answers reqMarketRule: the increments of a rule id that contract details list. Option rules step
     * 0.01 below 3 and 0.05 from 3 (as IB's rule 32); others step by the instrument's minimum tick.
     * An id no instrument lists gets 321 (the request has no id of its own).
     */
    void marketRule(ApiClient c, int ruleId) {
        for (Instrument i : universe.all()) {
            for (String id : i.marketRuleIds().split(",")) {
                if (!id.isBlank() && Integer.parseInt(id.trim()) == ruleId) {
                    List<ServerMessage.PriceIncrement> steps = i.secType() == SecType.OPT
                            ? List.of(new ServerMessage.PriceIncrement(0, 0.01), new ServerMessage.PriceIncrement(3, 0.05))
                            : List.of(new ServerMessage.PriceIncrement(0, i.minTick()));
                    clients.send(c, new ServerMessage.MarketRule(ruleId, steps));
                    return;
                }
            }
        }
        clients.error(c, -1, 321, "Error validating request: invalid market rule id " + ruleId);
    }

    /**
     * Answers reqHeadTimeStamp: the first day with data (twenty years back for stocks, indices and
     * forex, a year before expiry for futures, six months for options), at the US open in UTC
     * ({@code yyyyMMdd-HH:mm:ss}, or epoch seconds for formatDate 2).
     */
    void headTimestamp(ApiClient c, ClientMessage.ReqHeadTimestamp m) {
        Instrument i = contracts.resolve(c, m.reqId(), m.contract());
        if (i == null) {
            return;
        }
        LocalDate today = Instant.ofEpochSecond(loop.now() / NS).atZone(config.twsZone()).toLocalDate();
        LocalDate first = switch (i.secType()) {
            case FUT -> LocalDate.parse(i.expiry().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE).minusYears(1);
            case OPT, FOP -> LocalDate.parse(i.expiry().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE).minusMonths(6);
            default -> today.minusYears(20);
        };
        while (first.getDayOfWeek().getValue() > 5) {
            first = first.plusDays(1);
        }
        Instant t = first.atTime(14, 30).toInstant(ZoneOffset.UTC);
        String ts = m.formatDate() == 2 ? Long.toString(t.getEpochSecond()) : HEAD.format(t.atOffset(ZoneOffset.UTC));
        clients.send(c, new ServerMessage.HeadTimestamp(m.reqId(), ts));
    }

    /** Answers reqFundamentalData as TWS does for a paper account without the subscription. */
    void fundamentalData(ApiClient c, ClientMessage.ReqFundamentalData m) {
        clients.error(c, m.reqId(), 430, "The fundamentals data for the security specified is not available.Not allowed");
    }
}
