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

    /** Answers reqAccountUpdates for account {@code code} (the primary one when empty). */
    void accountUpdates(ApiClient c, boolean subscribe, String code) {
        c.accountUpdates = subscribe;
        if (subscribe) {
            c.accountCode = matching.account(code).id();
            accountDownload(c);
        }
    }

    /** Answers reqPositions: the positions of every managed account. */
    void positions(ApiClient c) {
        c.positions = true;
        for (Account a : matching.accounts()) {
            for (Position p : a.positions()) {
                if (p.quantity() != 0) {
                    clients.send(c, positionMsg(a, p));
                }
            }
        }
        clients.send(c, new ServerMessage.PositionEnd());
    }

    /** Tells position and account subscribers about a fill's new position {@code p} in {@code a} (may be null). */
    void positionChanged(Account a, Position p) {
        for (ApiClient c : clients.all()) {
            if (c.positions && p != null) {
                clients.send(c, positionMsg(a, p));
            }
            if (c.accountUpdates && a.id().equals(c.accountCode)) {
                portfolio(c, a, p);
                accountValues(c, a);
            }
        }
    }

    private ServerMessage.Position positionMsg(Account a, Position p) {
        Instrument ins = universe.byConId(p.conId());
        return new ServerMessage.Position(a.id(), ContractDesk.contract(ins), p.quantity(),
                p.avgCost() * ins.multiplierValue());
    }

    private void portfolio(ApiClient c, Account a, Position p) {
        if (p == null) {
            return;
        }
        Instrument ins = universe.byConId(p.conId());
        double m = mark(p.conId());
        double mv = p.quantity() * m * ins.multiplierValue();
        clients.send(c, new ServerMessage.UpdatePortfolio(ContractDesk.contract(ins), p.quantity(), m, round2(mv),
                p.avgCost() * ins.multiplierValue(), round2(Account.unrealized(p, ins, m)), round2(p.realized()),
                a.id()));
    }

    /** IB's reason to refuse a new order of {@code qty} {@code ins} at {@code price} in {@code a}, or null. */
    String marginProblem(Account a, Instrument ins, boolean buy, double qty, double price) {
        return MarginCheck.check(a, universe::byConId, this::mark, ins, buy, qty, price);
    }

    /** The values of account {@code a} by TWS's tag names (NetLiquidation, TotalCashValue, BuyingPower, …), now. */
    Map<String, Double> accountNumbers(Account a) {
        double unreal = 0;
        for (Position p : a.positions()) {
            if (p.quantity() != 0) {
                unreal += Account.unrealized(p, universe.byConId(p.conId()), mark(p.conId()));
            }
        }
        MarginCheck.Margin m = MarginCheck.of(a, universe::byConId, this::mark);
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

    private void accountValues(ApiClient c, Account a) {
        String acct = a.id();
        String cur = a.currency();
        for (Map.Entry<String, Double> e : accountNumbers(a).entrySet()) {
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
        Account a = matching.account(c.accountCode);
        accountValues(c, a);
        for (Position p : a.positions()) {
            portfolio(c, a, p);
        }
        clients.send(c, new ServerMessage.AccountDownloadEnd(a.id()));
    }

    /** Answers reqAccountUpdatesMulti for account {@code code} (the primary one when empty or unknown). */
    void accountMulti(ApiClient c, int reqId, String code, boolean ledgerAndNlv) {
        c.accountMulti.add(reqId);
        Account a = matching.account(code);
        for (Map.Entry<String, Double> e : accountNumbers(a).entrySet()) {
            clients.send(c, new ServerMessage.AccountUpdateMulti(reqId, a.id(), "", e.getKey(),
                    String.format(Locale.ROOT, "%.2f", e.getValue()), a.currency()));
        }
        clients.send(c, new ServerMessage.AccountUpdateMultiEnd(reqId));
    }

    private void refreshAccounts() {
        for (ApiClient c : clients.all()) {
            if (c.accountUpdates) {
                Account a = matching.account(c.accountCode);
                for (Position p : a.positions()) {
                    if (p.quantity() != 0) {
                        portfolio(c, a, p);
                    }
                }
                accountValues(c, a);
            }
        }
        loop.schedule(loop.now() + ACCOUNT_REFRESH, this::refreshAccounts);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
