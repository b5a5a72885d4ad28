package org.bt4j.gateway.server;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.market.ContractQuery;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.market.SecType;
import org.bt4j.gateway.market.SessionSchedule;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.ServerMessage;

/**
 * Contract resolution (error 200 when none or several match) and contract details.
 * <b>Threading:</b> gateway thread only; {@link #contract} anywhere.
 */
final class ContractDesk {

    private static final long NS = 1_000_000_000L;

    private final GatewayConfig config;
    private final GatewayLoop loop;
    private final ApiClients clients;
    private final InstrumentUniverse universe;

    ContractDesk(GatewayConfig config, GatewayLoop loop, ApiClients clients, InstrumentUniverse universe) {
        this.config = config;
        this.loop = loop;
        this.clients = clients;
        this.universe = universe;
    }

    private static ContractQuery query(Contract k) {
        return new ContractQuery(k.conId(), k.symbol(), k.secType(), k.lastTradeDateOrContractMonth(), k.strike(),
                k.right(), k.multiplier(), k.exchange(), k.currency(), k.localSymbol(), k.tradingClass());
    }

    /** The one instrument {@code k} describes, or null after sending error 200 on {@code reqId}. */
    Instrument resolve(ApiClient c, int reqId, Contract k) {
        List<Instrument> found = universe.find(query(k));
        if (found.size() == 1) {
            return found.get(0);
        }
        String what = found.isEmpty() ? "No security definition has been found for the request"
                : "The contract description specified for " + k.symbol() + " is ambiguous (" + found.size() + " matches)";
        clients.error(c, reqId, 200, what);
        return null;
    }

    /** The wire contract of an instrument. */
    static Contract contract(Instrument i) {
        return new Contract(i.conId(), i.symbol(), i.secType().name(), i.expiry(), i.strike(), i.right(), i.multiplier(),
                i.exchange(), i.primaryExchange(), i.currency(), i.localSymbol(), i.tradingClass(), "", "");
    }

    /** Answers reqContractDetails. */
    void contractDetails(ApiClient c, ClientMessage.ReqContractDetails m) {
        List<Instrument> found = universe.find(query(m.contract()));
        if (found.isEmpty()) {
            clients.error(c, m.reqId(), 200, "No security definition has been found for the request");
            return;
        }
        LocalDate today = Instant.ofEpochSecond(loop.now() / NS).atZone(config.twsZone()).toLocalDate();
        for (Instrument i : found) {
            // the 24-hour market trades around the clock; its regular (liquid) session stays the instrument's
            SessionSchedule trading = config.followHours() ? i.tradingHours() : SessionSchedule.parse("ALWAYS", i.zone());
            String expiry = i.expiry().isEmpty() ? "" : i.expiry() + (i.lastTradeTime().isEmpty() ? ""
                    : " " + i.lastTradeTime() + " " + i.ibTimeZoneId());
            Contract k = new Contract(i.conId(), i.symbol(), i.secType().name(), expiry, i.strike(), i.right(),
                    i.multiplier(), i.exchange(), i.primaryExchange(), i.currency(), i.localSymbol(), i.tradingClass(), "", "");
            ContractDetails d = ContractDetails.builder(k).marketName(i.marketName()).minTick(i.minTick())
                    .orderTypes(i.orderTypes()).validExchanges(i.validExchanges()).priceMagnifier(1)
                    .underConId(i.underConId()).longName(i.longName())
                    .contractMonth(i.expiry().length() >= 6 ? i.expiry().substring(0, 6) : "")
                    .industry(i.industry()).category(i.category()).subcategory(i.subcategory())
                    .timeZoneId(i.ibTimeZoneId()).tradingHours(trading.ibHours(today.minusDays(1), 7))
                    .liquidHours(i.liquidHours().ibHours(today.minusDays(1), 7)).aggGroup(1)
                    .underSymbol(i.underSymbol()).underSecType(i.underSecType()).marketRuleIds(i.marketRuleIds())
                    .realExpirationDate(i.expiry()).stockType(i.stockType()).minSize(1).sizeIncrement(1)
                    .suggestedSizeIncrement(i.secType() == SecType.STK ? 100 : 1)
                    .lastTradeTime(i.lastTradeTime()).lastTradeDate(i.expiry()).build();
            clients.send(c, new ServerMessage.ContractData(m.reqId(), d));
        }
        clients.send(c, new ServerMessage.ContractDataEnd(m.reqId()));
    }
}
