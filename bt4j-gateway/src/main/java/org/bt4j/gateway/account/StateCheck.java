package org.bt4j.gateway.account;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.bt4j.BadInputException;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;

/**
 * The invariants a gateway state file must keep, checked before a gateway starts on it: every
 * execution belongs to an order of the file and to a known instrument; each order's filled quantity
 * is the sum of its executions' shares and no more than its quantity; each position is the signed
 * sum of its executions; the cash is the starting cash less every execution's cost and commission.
 * A file that breaks one is refused with one line naming the row. Stateless; any thread.
 */
final class StateCheck {

    private static final double SHARES_TOLERANCE = 1e-6;

    private StateCheck() {
    }

    /** @throws BadInputException naming the first row that breaks an invariant */
    static void verify(Connection db, String name, InstrumentUniverse universe, double startingCash, double cash)
            throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT e.exec_id, e.perm_id FROM executions e"
                    + " LEFT JOIN orders o ON o.perm_id = e.perm_id WHERE o.perm_id IS NULL LIMIT 1")) {
                if (r.next()) {
                    throw refuse(name, "execution " + r.getString(1) + " names order permId " + r.getLong(2)
                            + ", which the file does not have");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT o.perm_id, o.order_id, o.client_id, o.filled, o.qty,"
                    + " COALESCE(x.shares, 0) FROM orders o LEFT JOIN (SELECT perm_id, SUM(shares) AS shares"
                    + " FROM executions GROUP BY perm_id) x ON x.perm_id = o.perm_id ORDER BY o.perm_id")) {
                while (r.next()) {
                    String order = "order permId " + r.getLong(1) + " (order " + r.getInt(2) + " of client " + r.getInt(3)
                            + ")";
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
            try (ResultSet r = s.executeQuery("SELECT c.con_id, COALESCE(p.qty, 0), COALESCE(x.sum, 0) FROM"
                    + " (SELECT con_id FROM positions UNION SELECT con_id FROM executions) c"
                    + " LEFT JOIN positions p ON p.con_id = c.con_id"
                    + " LEFT JOIN (SELECT con_id, SUM(CASE WHEN side = 'BOT' THEN shares ELSE -shares END) AS sum"
                    + " FROM executions GROUP BY con_id) x ON x.con_id = c.con_id ORDER BY c.con_id")) {
                while (r.next()) {
                    if (Math.abs(r.getDouble(2) - r.getDouble(3)) > SHARES_TOLERANCE) {
                        throw refuse(name, "position conId " + r.getInt(1) + " holds " + fmt(r.getDouble(2))
                                + " but its executions add up to " + fmt(r.getDouble(3)));
                    }
                }
            }
            double[] cost = executionCost(db, name, universe);
            double expected = startingCash - cost[0];
            if (Math.abs(cash - expected) > 1e-6 + 1e-9 * cost[1]) {
                throw refuse(name, "meta row 'cash' is " + cash + " but the starting cash " + startingCash
                        + " less the executions gives " + expected);
            }
        }
    }

    /** The starting cash of a file written before the {@code startingCash} row existed. */
    static double impliedStartingCash(Connection db, String name, InstrumentUniverse universe, double cash)
            throws SQLException {
        return cash + executionCost(db, name, universe)[0];
    }

    /** {cash spent by every execution (cost and commission), the sum of their absolute values}. */
    private static double[] executionCost(Connection db, String name, InstrumentUniverse universe) throws SQLException {
        double spent = 0;
        double scale = 0;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT exec_id, con_id, side, shares, price, commission FROM executions"
                     + " ORDER BY time, exec_id")) {
            while (r.next()) {
                Instrument ins = universe.byConId(r.getInt(2));
                if (ins == null) {
                    throw refuse(name, "execution " + r.getString(1) + " is for conId " + r.getInt(2)
                            + ", an instrument this gateway does not know (give the --instruments file that defined it)");
                }
                double signed = r.getString(3).equals("BOT") ? r.getDouble(4) : -r.getDouble(4);
                double notional = signed * r.getDouble(5) * ins.multiplierValue();
                spent += notional + r.getDouble(6);
                scale += Math.abs(notional) + Math.abs(r.getDouble(6));
            }
        }
        return new double[] {spent, scale};
    }

    private static BadInputException refuse(String name, String what) {
        return new BadInputException("gateway state " + name + ": " + what + "; refusing to start on it");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
