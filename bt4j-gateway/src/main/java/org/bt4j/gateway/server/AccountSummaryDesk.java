package org.bt4j.gateway.server;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.Position;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;

/**
 * Account summary (reqAccountSummary: the requested tags, then accountSummaryEnd, refreshed every
 * three minutes like TWS; at most two at a time, 322 beyond) and PnL (reqPnL, reqPnLSingle: one
 * answer at once, then one a second while it changes), each answered on its own request id.
 * <b>Threading:</b> gateway thread only.
 */
final class AccountSummaryDesk {

    private static final long NS = 1_000_000_000L;
    private static final long SUMMARY_REFRESH = 180 * NS;
    private static final long PNL_PERIOD = NS;
    /** TWS accepts two account summary subscriptions at a time. */
    static final int MAX_SUMMARIES = 2;
    /** The tags TWS knows for account summaries, in its order ("All" asks for all of them). */
    static final List<String> TAGS = List.of("AccountType", "NetLiquidation", "TotalCashValue", "SettledCash",
            "AccruedCash", "BuyingPower", "EquityWithLoanValue", "PreviousDayEquityWithLoanValue", "GrossPositionValue",
            "RegTEquity", "RegTMargin", "SMA", "InitMarginReq", "MaintMarginReq", "AvailableFunds", "ExcessLiquidity",
            "Cushion", "FullInitMarginReq", "FullMaintMarginReq", "FullAvailableFunds", "FullExcessLiquidity",
            "LookAheadNextChange", "LookAheadInitMarginReq", "LookAheadMaintMarginReq", "LookAheadAvailableFunds",
            "LookAheadExcessLiquidity", "HighestSeverity", "DayTradesRemaining", "Leverage");

    private final GatewayLoop loop;
    private final ApiClients clients;
    private final AccountDesk accounts;
    private final InstrumentUniverse universe;
    private final MatchingEngine matching;
    private final Map<ApiClient, Map<Integer, String>> summaries = new HashMap<>();
    private final Map<ApiClient, Map<Integer, Integer>> pnls = new HashMap<>();

    AccountSummaryDesk(GatewayLoop loop, ApiClients clients, AccountDesk accounts,
                       InstrumentUniverse universe, MatchingEngine matching) {
        this.loop = loop;
        this.clients = clients;
        this.accounts = accounts;
        this.universe = universe;
        this.matching = matching;
    }

    /** Answers reqAccountSummary. */
    void accountSummary(ApiClient c, ClientMessage.ReqAccountSummary m) {
        Map<Integer, String> mine = live(summaries, c);
        if (!mine.containsKey(m.reqId()) && mine.size() >= MAX_SUMMARIES) {
            clients.error(c, m.reqId(), 322, "Error processing request: Maximum number of account summary requests exceeded");
            return;
        }
        mine.put(m.reqId(), m.tags());
        sendSummary(c, m.reqId(), m.tags());
        clients.send(c, new ServerMessage.AccountSummaryEnd(m.reqId()));
        loop.schedule(loop.now() + SUMMARY_REFRESH, () -> refreshSummary(c, m.reqId(), m.tags()));
    }

    /** Answers cancelAccountSummary. */
    void cancelAccountSummary(ApiClient c, int reqId) {
        live(summaries, c).remove(reqId);
    }

    private void refreshSummary(ApiClient c, int reqId, String tags) {
        if (clients.isConnected(c) && tags.equals(live(summaries, c).get(reqId))) {
            sendSummary(c, reqId, tags);
            clients.send(c, new ServerMessage.AccountSummaryEnd(reqId));
            loop.schedule(loop.now() + SUMMARY_REFRESH, () -> refreshSummary(c, reqId, tags));
        }
    }

    private void sendSummary(ApiClient c, int reqId, String tags) {
        for (Account a : matching.accounts()) {
            sendSummary(c, reqId, tags, a);
        }
    }

    private void sendSummary(ApiClient c, int reqId, String tags, Account account) {
        String acct = account.id();
        String cur = account.currency();
        Map<String, String> values = summaryValues(account);
        for (String tag : tags.split(",")) {
            String t = tag.trim();
            if (t.equalsIgnoreCase("All")) {
                values.forEach((k, v) -> clients.send(c, new ServerMessage.AccountSummary(reqId, acct, k, v, currencyOf(k, cur))));
            } else if (t.startsWith("$LEDGER")) {
                for (Map.Entry<String, Double> e : ledger(account).entrySet()) {
                    String v = money(e.getValue());
                    clients.send(c, new ServerMessage.AccountSummary(reqId, acct, e.getKey(), v, cur));
                    if (t.equals("$LEDGER") || t.equals("$LEDGER:ALL")) {
                        clients.send(c, new ServerMessage.AccountSummary(reqId, acct, e.getKey(), v, "BASE"));
                    }
                }
            } else if (values.containsKey(t)) {
                clients.send(c, new ServerMessage.AccountSummary(reqId, acct, t, values.get(t), currencyOf(t, cur)));
            }
        }
    }

    private static String currencyOf(String tag, String cur) {
        return switch (tag) {
            case "AccountType", "Cushion", "LookAheadNextChange", "HighestSeverity", "DayTradesRemaining", "Leverage" -> "";
            default -> cur;
        };
    }

    /** Every summary tag's value, from the same numbers as the account updates. */
    private Map<String, String> summaryValues(Account account) {
        Map<String, Double> n = accounts.accountNumbers(account);
        double nlv = n.get("NetLiquidation");
        double init = n.get("InitMarginReq");
        double maint = n.get("MaintMarginReq");
        Map<String, String> v = new LinkedHashMap<>();
        for (String tag : TAGS) {
            String value = switch (tag) {
                case "AccountType" -> "INDIVIDUAL";
                case "SettledCash", "RegTEquity", "SMA" -> money(n.get("TotalCashValue"));
                case "AccruedCash", "HighestSeverity" -> "0";
                case "PreviousDayEquityWithLoanValue", "FullAvailableFunds", "LookAheadAvailableFunds" -> money(n.get("AvailableFunds"));
                case "RegTMargin", "FullInitMarginReq", "LookAheadInitMarginReq" -> money(init);
                case "FullMaintMarginReq", "LookAheadMaintMarginReq" -> money(maint);
                case "FullExcessLiquidity", "LookAheadExcessLiquidity" -> money(n.get("ExcessLiquidity"));
                case "Cushion" -> String.format(Locale.ROOT, "%.4f", nlv == 0 ? 0 : n.get("ExcessLiquidity") / nlv);
                case "LookAheadNextChange" -> "0";
                case "DayTradesRemaining" -> "-1";
                case "Leverage" -> String.format(Locale.ROOT, "%.2f", nlv == 0 ? 0 : n.get("GrossPositionValue") / nlv);
                default -> n.containsKey(tag) ? money(n.get(tag)) : "0";
            };
            v.put(tag, value);
        }
        return v;
    }

    private Map<String, Double> ledger(Account account) {
        Map<String, Double> n = accounts.accountNumbers(account);
        Map<String, Double> l = new LinkedHashMap<>();
        l.put("CashBalance", n.get("TotalCashValue"));
        l.put("TotalCashBalance", n.get("TotalCashValue"));
        l.put("NetLiquidationByCurrency", n.get("NetLiquidation"));
        l.put("StockMarketValue", n.get("GrossPositionValue"));
        l.put("UnrealizedPnL", n.get("UnrealizedPnL"));
        l.put("RealizedPnL", n.get("RealizedPnL"));
        return l;
    }

    // ------------------------------------------------------------------ PnL

    /** Answers reqPnL (conId 0) and reqPnLSingle. */
    void pnl(ApiClient c, int reqId, String account, int conId) {
        if (matching.accounts().stream().noneMatch(a -> a.id().equals(account))) {
            clients.error(c, reqId, 321, "Error validating request: account '" + account + "' is not managed by this login");
            return;
        }
        if (conId != 0 && universe.byConId(conId) == null) {
            clients.error(c, reqId, 200, "No security definition has been found for the request");
            return;
        }
        live(pnls, c).put(reqId, conId);
        pnlTick(c, reqId, matching.account(account), conId, null);
    }

    /** Answers cancelPnL and cancelPnLSingle. */
    void cancelPnl(ApiClient c, int reqId) {
        live(pnls, c).remove(reqId);
    }

    private void pnlTick(ApiClient c, int reqId, Account account, int conId, ServerMessage last) {
        Integer subscribed = clients.isConnected(c) ? live(pnls, c).get(reqId) : null;
        if (subscribed == null || subscribed != conId) {
            return;
        }
        ServerMessage now = conId == 0 ? accountPnl(reqId, account) : positionPnl(reqId, account, conId);
        if (!now.equals(last)) {
            clients.send(c, now);
        }
        loop.schedule(loop.now() + PNL_PERIOD, () -> pnlTick(c, reqId, account, conId, now));
    }

    private ServerMessage accountPnl(int reqId, Account account) {
        Map<String, Double> n = accounts.accountNumbers(account);
        double unrealized = round2(n.get("UnrealizedPnL"));
        double realized = round2(n.get("RealizedPnL"));
        return new ServerMessage.PnL(reqId, round2(unrealized + realized), unrealized, realized);
    }

    private ServerMessage positionPnl(int reqId, Account account, int conId) {
        Position p = account.position(conId);
        Instrument ins = universe.byConId(conId);
        if (p == null || p.quantity() == 0) {
            double realized = p == null ? 0 : round2(p.realized());
            return new ServerMessage.PnLSingle(reqId, 0, realized, 0, realized, 0);
        }
        double mark = accounts.mark(conId);
        double unrealized = round2(Account.unrealized(p, ins, mark));
        double value = round2(p.quantity() * mark * ins.multiplierValue());
        return new ServerMessage.PnLSingle(reqId, p.quantity(), round2(unrealized + p.realized()), unrealized,
                round2(p.realized()), value);
    }

    // ------------------------------------------------------------------ helpers

    /** The client's entries; entries of clients gone are dropped on the way. */
    private <V> Map<Integer, V> live(Map<ApiClient, Map<Integer, V>> all, ApiClient c) {
        all.keySet().removeIf(k -> !clients.isConnected(k));
        return all.computeIfAbsent(c, k -> new HashMap<>());
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
