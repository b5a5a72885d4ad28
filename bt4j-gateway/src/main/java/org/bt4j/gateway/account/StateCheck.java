package org.bt4j.gateway.account;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;

/**
 * The invariants a gateway state file must keep, checked before a gateway starts on it: every
 * execution belongs to an order of the file and to a known instrument; each order's filled quantity
 * is the sum of its executions' shares and no more than its quantity; per account, each position is
 * the signed sum of the account's executions and the cash is the account's starting cash less every
 * one of its executions' cost and commission. A file that breaks one is refused with one line naming
 * the account and the row. Stateless; any thread.
 */
final class StateCheck {

    private static final double SHARES_TOLERANCE = 1e-6;

    private StateCheck() {
    }

    /** @throws BadInputException naming the first row that breaks an invariant */
    static void verify(Connection db, String name, InstrumentUniverse universe) throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT e.exec_id, e.perm_id FROM executions e"
                    + " LEFT JOIN orders o ON o.perm_id = e.perm_id WHERE o.perm_id IS NULL LIMIT 1")) {
                if (r.next()) {
                    throw refuse(name, "execution " + r.getString(1) + " names order permId " + r.getLong(2)
                            + ", which the file does not have");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT o.perm_id, o.order_id, o.client_id, o.filled, o.qty,"
                    + " COALESCE(x.shares, 0), o.account FROM orders o LEFT JOIN (SELECT perm_id, SUM(shares) AS shares"
                    + " FROM executions GROUP BY perm_id) x ON x.perm_id = o.perm_id ORDER BY o.perm_id")) {
                while (r.next()) {
                    String account = r.getString(7);
                    String order = "order permId " + r.getLong(1) + " (order " + r.getInt(2) + " of client " + r.getInt(3)
                            + (account == null || account.isEmpty() ? "" : ", account " + account) + ")";
                    double filled = r.getDouble(4);
                    double sum = r.getDouble(6);
                    if (Math.abs(filled - sum) > SHARES_TOLERANCE) {
                        throw refuse(name, order + " has filled " + fmt(filled) + " but its executions add up to "
                                + fmt(sum));
                    }
                    if (filled > r.getDouble(5) + SHARES_TOLERANCE) {
                        throw refuse(name, order + " has filled " + fmt(filled) + ", more than its quantity "
                                + fmt(r.getDouble(5)));
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT c.account, c.con_id, COALESCE(p.qty, 0), COALESCE(x.sum, 0) FROM"
                    + " (SELECT account, con_id FROM positions UNION SELECT account, con_id FROM executions) c"
                    + " LEFT JOIN positions p ON p.account = c.account AND p.con_id = c.con_id"
                    + " LEFT JOIN (SELECT account, con_id, SUM(CASE WHEN side = 'BOT' THEN shares ELSE -shares END) AS sum"
                    + " FROM executions GROUP BY account, con_id) x ON x.account = c.account AND x.con_id = c.con_id"
                    + " ORDER BY c.account, c.con_id")) {
                while (r.next()) {
                    if (Math.abs(r.getDouble(3) - r.getDouble(4)) > SHARES_TOLERANCE) {
                        throw refuse(name, "account " + r.getString(1) + ": position conId " + r.getInt(2) + " holds "
                                + fmt(r.getDouble(3)) + " but its executions add up to " + fmt(r.getDouble(4)));
                    }
                }
            }
            Map<String, double[]> costs = executionCosts(db, name, universe);
            try (ResultSet r = s.executeQuery("SELECT code, starting_cash, cash FROM accounts ORDER BY code")) {
                while (r.next()) {
                    String code = r.getString(1);
                    double starting = number(name, "accounts row " + code + ": starting_cash", r.getString(2));
                    double cash = number(name, "accounts row " + code + ": cash", r.getString(3));
                    double[] cost = costs.getOrDefault(code, new double[2]);
                    double expected = starting - cost[0];
                    if (Math.abs(cash - expected) > 1e-6 + 1e-9 * cost[1]) {
                        throw refuse(name, "account " + code + ": cash is " + cash + " but the starting cash " + starting
                                + " less its executions gives " + expected);
                    }
                }
            }
        }
    }

    /** The starting cash of a version 1 file written before the {@code startingCash} row existed (one account). */
    static double impliedStartingCash(Connection db, String name, InstrumentUniverse universe, double cash)
            throws SQLException {
        double spent = 0;
        for (double[] c : executionCosts(db, name, universe).values()) {
            spent += c[0];
        }
        return cash + spent;
    }

    /**
     * A number stored as text or real.
     *
     * @throws BadInputException naming {@code what} when {@code value} is not a number
     */
    static double number(String name, String what, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadInputException("gateway state " + name + ": " + what + " is '" + value
                    + "', not a number; refusing to start on it", e);
        }
    }

    /** Per account: {cash spent by its executions (cost and commission), the sum of their absolute values}. */
    private static Map<String, double[]> executionCosts(Connection db, String name, InstrumentUniverse universe)
            throws SQLException {
        Map<String, double[]> costs = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT exec_id, con_id, side, shares, price, commission, account"
                     + " FROM executions ORDER BY time, exec_id")) {
            while (r.next()) {
                Instrument ins = universe.byConId(r.getInt(2));
                if (ins == null) {
                    throw refuse(name, "execution " + r.getString(1) + " is for conId " + r.getInt(2)
                            + ", an instrument this gateway does not know (give the --instruments file that defined it)");
                }
                double signed = r.getString(3).equals("BOT") ? r.getDouble(4) : -r.getDouble(4);
                double notional = signed * r.getDouble(5) * ins.multiplierValue();
                double[] c = costs.computeIfAbsent(r.getString(7), k -> new double[2]);
                c[0] += notional + r.getDouble(6);
                c[1] += Math.abs(notional) + Math.abs(r.getDouble(6));
            }
        }
        return costs;
    }

    private static BadInputException refuse(String name, String what) {
        return new BadInputException("gateway state " + name + ": " + what + "; refusing to start on it");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
