package org.bt4j.ib.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;

/**
 * The store's account tables, as backtrader's IBStore keeps them: account values per account
 * ({@code updateAccountValue}: key, currency → text), portfolio per account and conId
 * ({@code updatePortfolio}), positions per account and conId ({@code position}, from
 * reqPositions), and whether the first account download has ended. {@link #cash()} is
 * {@code TotalCashBalance} in {@code BASE}, {@link #value()} is {@code NetLiquidation} (in
 * {@code BASE} when TWS sends it, else in the currency it comes in), each summed over the
 * managed accounts, as backtrader does. Values are NaN until TWS has sent them; unlike backtrader the
 * getters never block ({@code IbStore.awaitAccountDownload} runs the loop until the first download).
 *
 * <p>Threading: thread-safe. {@link #accept} is called on the engine thread (the store hands it every
 * message the loop takes); any thread may read. Reads return copies.
 */
public final class AccountBook {

    /** An account value's identity: key and currency ({@code BASE}, {@code USD}, or empty). */
    private record ValueKey(String key, String currency) {
    }

    private final Map<String, Map<ValueKey, String>> values = new LinkedHashMap<>();
    private final Map<String, Map<Integer, ServerMessage.UpdatePortfolio>> portfolio = new LinkedHashMap<>();
    private final Map<String, Map<Integer, ServerMessage.Position>> positions = new LinkedHashMap<>();
    private final Set<String> downloaded = new LinkedHashSet<>();
    private String accountTime = "";
    private boolean positionsComplete;

    /** Takes in the account messages among everything TWS sends; ignores the rest. */
    public void accept(ServerMessage m) {
        if (m instanceof ServerMessage.UpdateAccountValue v) {
            synchronized (this) {
                values.computeIfAbsent(v.accountName(), a -> new LinkedHashMap<>())
                        .put(new ValueKey(v.key(), v.currency()), v.value());
            }
        } else if (m instanceof ServerMessage.UpdatePortfolio p) {
            synchronized (this) {
                portfolio.computeIfAbsent(p.accountName(), a -> new LinkedHashMap<>()).put(p.contract().conId(), p);
            }
        } else if (m instanceof ServerMessage.Position p) {
            synchronized (this) {
                positions.computeIfAbsent(p.account(), a -> new LinkedHashMap<>()).put(p.contract().conId(), p);
            }
        } else if (m instanceof ServerMessage.PositionEnd) {
            synchronized (this) {
                positionsComplete = true;
            }
        } else if (m instanceof ServerMessage.UpdateAccountTime t) {
            synchronized (this) {
                accountTime = t.timeStamp();
            }
        } else if (m instanceof ServerMessage.AccountDownloadEnd e) {
            synchronized (this) {
                downloaded.add(e.accountName());
            }
        }
    }

    /** True once the first {@code accountDownloadEnd} has arrived. */
    public synchronized boolean anyDownloaded() {
        return !downloaded.isEmpty();
    }

    /** True once an account download has ended for {@code account}. */
    public synchronized boolean downloaded(String account) {
        return downloaded.contains(account);
    }

    /** True once {@code positionEnd} has arrived (the positions table is complete). */
    public synchronized boolean positionsComplete() {
        return positionsComplete;
    }

    /** Accounts that sent values, in order of first appearance. */
    public synchronized List<String> accounts() {
        return List.copyOf(values.keySet());
    }

    /** backtrader's {@code get_acc_cash}: TotalCashBalance in BASE, summed over accounts; NaN before any. */
    public synchronized double cash() {
        return sum("TotalCashBalance", false);
    }

    /** backtrader's {@code get_acc_value}: NetLiquidation, summed over accounts; NaN before any. */
    public synchronized double value() {
        return sum("NetLiquidation", true);
    }

    private double sum(String key, boolean accountCurrencyFallback) {
        double total = 0;
        boolean any = false;
        for (Map.Entry<String, Map<ValueKey, String>> acct : values.entrySet()) {
            Map<ValueKey, String> t = acct.getValue();
            String text = t.get(new ValueKey(key, "BASE"));
            if (text == null && accountCurrencyFallback) {
                text = firstWithKey(t, key); // TWS sends NetLiquidation in the account's own currency
            }
            Double d = number(text);
            if (d != null) {
                total += d;
                any = true;
            }
        }
        return any ? total : Double.NaN;
    }

    private static String firstWithKey(Map<ValueKey, String> t, String key) {
        for (Map.Entry<ValueKey, String> e : t.entrySet()) {
            if (e.getKey().key().equals(key) && number(e.getValue()) != null) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Double number(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text of {@code key} in {@code currency} for {@code account}, or null (e.g. "BuyingPower", "USD"). */
    public synchronized String accountValue(String account, String key, String currency) {
        Map<ValueKey, String> t = values.get(account);
        return t == null ? null : t.get(new ValueKey(key, currency));
    }

    /**
     * backtrader's {@code get_acc_values}: every value of {@code account} (null = the first
     * account) as {@code key} or {@code key:currency} → text.
     */
    public synchronized Map<String, String> accountValues(String account) {
        String a = account != null ? account : values.keySet().stream().findFirst().orElse(null);
        Map<String, String> out = new LinkedHashMap<>();
        Map<ValueKey, String> t = a == null ? null : values.get(a);
        if (t != null) {
            for (Map.Entry<ValueKey, String> e : t.entrySet()) {
                String cur = e.getKey().currency();
                out.put(cur.isEmpty() ? e.getKey().key() : e.getKey().key() + ":" + cur, e.getValue());
            }
        }
        return out;
    }

    /** The last {@code updateAccountTime} ({@code HH:mm}), or empty. */
    public synchronized String accountTime() {
        return accountTime;
    }

    /** Portfolio rows of every account (the last update per contract, closed ones with position 0). */
    public synchronized List<ServerMessage.UpdatePortfolio> portfolio() {
        List<ServerMessage.UpdatePortfolio> out = new ArrayList<>();
        portfolio.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /** Positions reported by reqPositions, every account. */
    public synchronized List<ServerMessage.Position> positions() {
        List<ServerMessage.Position> out = new ArrayList<>();
        positions.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /**
     * backtrader's {@code getposition}: the signed size held in {@code contract}'s conId, summed
     * over accounts — from the portfolio when an account download has provided one, else from
     * reqPositions; 0 when neither knows the contract.
     */
    public synchronized double position(Contract contract) {
        int conId = contract.conId();
        double size = 0;
        boolean fromPortfolio = false;
        for (Map<Integer, ServerMessage.UpdatePortfolio> m : portfolio.values()) {
            ServerMessage.UpdatePortfolio p = m.get(conId);
            if (p != null) {
                size += p.position();
                fromPortfolio = true;
            }
        }
        if (fromPortfolio) {
            return size;
        }
        for (Map<Integer, ServerMessage.Position> m : positions.values()) {
            ServerMessage.Position p = m.get(conId);
            if (p != null) {
                size += p.position();
            }
        }
        return size;
    }

    /**
     * IB's average cost of the position in {@code contract} (commission included, times the
     * multiplier for derivatives), from the portfolio or else reqPositions; NaN when unknown or
     * held in several accounts at different costs.
     */
    public synchronized double averageCost(Contract contract) {
        int conId = contract.conId();
        double cost = Double.NaN;
        for (Map<Integer, ServerMessage.UpdatePortfolio> m : portfolio.values()) {
            ServerMessage.UpdatePortfolio p = m.get(conId);
            if (p != null && p.position() != 0) {
                if (!Double.isNaN(cost) && cost != p.averageCost()) {
                    return Double.NaN;
                }
                cost = p.averageCost();
            }
        }
        if (!Double.isNaN(cost)) {
            return cost;
        }
        for (Map<Integer, ServerMessage.Position> m : positions.values()) {
            ServerMessage.Position p = m.get(conId);
            if (p != null && p.position() != 0) {
                if (!Double.isNaN(cost) && cost != p.avgCost()) {
                    return Double.NaN;
                }
                cost = p.avgCost();
            }
        }
        return cost;
    }
}
