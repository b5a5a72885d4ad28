package org.bt4j.gateway.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.MarginCheck;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.Position;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.Quote;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.ib.wire.ServerMessage;

/**
 * The paper account as clients see it: account values, portfolio, positions and account updates
 * multi, refreshed every three minutes like TWS. <b>Threading:</b> gateway thread only.
 */
final class AccountDesk {

    private static final long NS = 1_000_000_000L;
    private static final long ACCOUNT_REFRESH = 180 * NS;

    private final GatewayConfig config;
    private final GatewayLoop loop;
    private final ApiClients clients;
    private final InstrumentUniverse universe;
    private final Tape tape;
    private final MatchingEngine matching;

    AccountDesk(GatewayConfig config, GatewayLoop loop, ApiClients clients, InstrumentUniverse universe, Tape tape,
                MatchingEngine matching) {
        this.config = config;
        this.loop = loop;
        this.clients = clients;
        this.universe = universe;
        this.tape = tape;
        this.matching = matching;
    }

    /** Starts the periodic account refresh. */
    void start() {
        loop.schedule(loop.now() + ACCOUNT_REFRESH, this::refreshAccounts);
    }

    /** The price positions in {@code conId} are valued at now (0 when the tape has none). */
    double mark(int conId) {
        Instrument ins = universe.byConId(conId);
        Quote q = ins == null ? null : tape.quoteAt(ins, loop.now());
        return q == null ? 0 : q.markPrice();
    }

    /** Answers reqAccountUpdates. */
    void accountUpdates(ApiClient c, boolean subscribe) {
        c.accountUpdates = subscribe;
        if (subscribe) {
            accountDownload(c);
        }
    }

    /** Answers reqPositions. */
    void positions(ApiClient c) {
        c.positions = true;
        for (Position p : matching.account().positions()) {
            if (p.quantity() != 0) {
                clients.send(c, positionMsg(p));
            }
        }
        clients.send(c, new ServerMessage.PositionEnd());
    }

    /** Tells position and account subscribers about a fill's new position {@code p} (may be null). */
    void positionChanged(Position p) {
        for (ApiClient c : clients.all()) {
            if (c.positions && p != null) {
                clients.send(c, positionMsg(p));
            }
            if (c.accountUpdates) {
                portfolio(c, p);
                accountValues(c);
            }
        }
    }

    private ServerMessage.Position positionMsg(Position p) {
        Instrument ins = universe.byConId(p.conId());
        return new ServerMessage.Position(config.account(), ContractDesk.contract(ins), p.quantity(),
                p.avgCost() * ins.multiplierValue());
    }

    private void portfolio(ApiClient c, Position p) {
        if (p == null) {
            return;
        }
        Instrument ins = universe.byConId(p.conId());
        double m = mark(p.conId());
        double mv = p.quantity() * m * ins.multiplierValue();
        clients.send(c, new ServerMessage.UpdatePortfolio(ContractDesk.contract(ins), p.quantity(), m, round2(mv),
                p.avgCost() * ins.multiplierValue(), round2(Account.unrealized(p, ins, m)), round2(p.realized()),
                config.account()));
    }

    /** The account's margin at current marks. */
    MarginCheck.Margin margin() {
        return MarginCheck.of(matching.account(), universe::byConId, this::mark);
    }

    /** IB's reason to refuse a new order of {@code qty} {@code ins} at {@code price}, or null. */
    String marginProblem(Instrument ins, boolean buy, double qty, double price) {
        return MarginCheck.check(matching.account(), universe::byConId, this::mark, ins, buy, qty, price);
    }

    private Map<String, Double> accountNumbers() {
        Account a = matching.account();
        double unreal = 0;
        for (Position p : a.positions()) {
            if (p.quantity() != 0) {
                unreal += Account.unrealized(p, universe.byConId(p.conId()), mark(p.conId()));
            }
        }
        MarginCheck.Margin m = margin();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("NetLiquidation", m.equityWithLoan());
        v.put("TotalCashValue", a.cash());
        v.put("TotalCashBalance", a.cash());
        v.put("CashBalance", a.cash());
        v.put("EquityWithLoanValue", m.equityWithLoan());
        v.put("GrossPositionValue", m.grossPositionValue());
        v.put("BuyingPower", m.buyingPower());
        v.put("AvailableFunds", m.availableFunds());
        v.put("ExcessLiquidity", m.availableFunds());
        v.put("InitMarginReq", m.initialMargin());
        v.put("MaintMarginReq", m.initialMargin());
        v.put("UnrealizedPnL", unreal);
        v.put("RealizedPnL", a.realized());
        return v;
    }

    private void accountValues(ApiClient c) {
        String acct = config.account();
        String cur = matching.account().currency();
        for (Map.Entry<String, Double> e : accountNumbers().entrySet()) {
            String val = String.format(Locale.ROOT, "%.2f", e.getValue());
            clients.send(c, new ServerMessage.UpdateAccountValue(e.getKey(), val, cur, acct));
            if (e.getKey().equals("TotalCashBalance") || e.getKey().equals("CashBalance")
                    || e.getKey().equals("NetLiquidation")) {
                clients.send(c, new ServerMessage.UpdateAccountValue(e.getKey(), val, "BASE", acct));
            }
        }
        clients.send(c, new ServerMessage.UpdateAccountValue("AccountCode", acct, "", acct));
        clients.send(c, new ServerMessage.UpdateAccountValue("AccountType", "INDIVIDUAL", "", acct));
        clients.send(c, new ServerMessage.UpdateAccountValue("Currency", cur, cur, acct));
        clients.send(c, new ServerMessage.UpdateAccountTime(IbTimes.hhmm(loop.now(), config.twsZone())));
    }

    private void accountDownload(ApiClient c) {
        accountValues(c);
        for (Position p : matching.account().positions()) {
            portfolio(c, p);
        }
        clients.send(c, new ServerMessage.AccountDownloadEnd(config.account()));
    }

    /** Answers reqAccountUpdatesMulti. */
    void accountMulti(ApiClient c, int reqId, boolean ledgerAndNlv) {
        c.accountMulti.add(reqId);
        String cur = matching.account().currency();
        for (Map.Entry<String, Double> e : accountNumbers().entrySet()) {
            clients.send(c, new ServerMessage.AccountUpdateMulti(reqId, config.account(), "", e.getKey(),
                    String.format(Locale.ROOT, "%.2f", e.getValue()), cur));
        }
        clients.send(c, new ServerMessage.AccountUpdateMultiEnd(reqId));
    }

    private void refreshAccounts() {
        for (ApiClient c : clients.all()) {
            if (c.accountUpdates) {
                for (Position p : matching.account().positions()) {
                    if (p.quantity() != 0) {
                        portfolio(c, p);
                    }
                }
                accountValues(c);
            }
        }
        loop.schedule(loop.now() + ACCOUNT_REFRESH, this::refreshAccounts);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
