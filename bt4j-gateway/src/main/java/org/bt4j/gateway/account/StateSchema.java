package org.bt4j.gateway.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.BadInputException;

/**
 * The tables of a gateway state file and their versions. Version 2 keeps every managed account: an
 * {@code accounts} row per account code (starting cash, cash, realised PnL) and positions keyed by
 * account and instrument; orders and executions carry their account in a column of their own.
 * Version 1 (and the files from before the {@code format} row) kept the primary account only, its
 * cash in {@code meta} and positions by instrument; {@link #migrate} turns one into version 2 inside
 * the caller's transaction. A newer version is refused with one line. Stateless; any thread.
 */
final class StateSchema {

    /** The {@code meta} row that marks a bt4j gateway state file, and its values by version. */
    static final String FORMAT_KEY = "format";
    static final String FORMAT = "bt4j-gateway-state 2";
    static final String FORMAT_V1 = "bt4j-gateway-state 1";
    private static final List<String> TABLES_V1 = List.of("executions", "meta", "orders", "positions");

    private static final String ACCOUNTS = "CREATE TABLE accounts (code TEXT PRIMARY KEY, starting_cash REAL NOT NULL,"
            + " cash REAL NOT NULL, realized REAL NOT NULL)";
    private static final String POSITIONS = "CREATE TABLE positions (account TEXT NOT NULL, con_id INTEGER NOT NULL,"
            + " qty REAL, avg_cost REAL, realized REAL, PRIMARY KEY (account, con_id))";

    private StateSchema() {
    }

    /** Creates the tables of a new file (the current version). */
    static void create(Statement s) throws SQLException {
        s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        s.execute("CREATE TABLE orders (perm_id INTEGER PRIMARY KEY, client_id INTEGER, order_id INTEGER,"
                + " con_id INTEGER, parent_id INTEGER, action TEXT, qty REAL, order_type TEXT, lmt REAL, aux REAL,"
                + " tif TEXT, oca_group TEXT, oca_type INTEGER, account TEXT, order_ref TEXT, transmit INTEGER,"
                + " outside_rth INTEGER, good_till TEXT, trail_stop REAL, trailing_pct REAL, status TEXT, filled REAL,"
                + " avg_price REAL, last_price REAL, commission REAL, transmitted INTEGER, triggered INTEGER,"
                + " trail_level REAL, expires INTEGER, created INTEGER, completed INTEGER)");
        s.execute("CREATE TABLE executions (exec_id TEXT PRIMARY KEY, order_id INTEGER, client_id INTEGER,"
                + " perm_id INTEGER, con_id INTEGER, time INTEGER, side TEXT, shares REAL, price REAL, cum_qty REAL,"
                + " avg_price REAL, order_ref TEXT, account TEXT, commission REAL, realized REAL)");
        s.execute(POSITIONS);
        s.execute(ACCOUNTS);
        s.execute("INSERT INTO meta VALUES ('" + FORMAT_KEY + "', '" + FORMAT + "')");
    }

    /**
     * The version of an existing file: 2, or 1 for a file of the primary account only (also one
     * written before the {@code format} row existed).
     *
     * @throws BadInputException when the file is not a bt4j state file or has a format this gateway
     *                           does not read
     */
    static int version(Statement s, String name) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (!tables.containsAll(TABLES_V1)) {
            throw new BadInputException("gateway state " + name + " is not a bt4j gateway state file (its tables: "
                    + (tables.isEmpty() ? "none" : String.join(", ", tables)) + "); refusing to use it: choose another --state");
        }
        String format;
        try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = '" + FORMAT_KEY + "'")) {
            format = r.next() ? r.getString(1) : null;
        }
        if (format == null || format.equals(FORMAT_V1)) {
            return 1;
        }
        if (!format.equals(FORMAT)) {
            throw new BadInputException("gateway state " + name + " has format '" + format + "', this gateway reads '"
                    + FORMAT + "' and '" + FORMAT_V1 + "' (a newer bt4j wrote it?); refusing to use it");
        }
        if (!tables.contains("accounts")) {
            throw new BadInputException("gateway state " + name + " says '" + FORMAT + "' but has no accounts table;"
                    + " refusing to use it: restore a backup, or move it away to start a new account");
        }
        return 2;
    }

    /**
     * Turns a version 1 file into version 2 in the caller's open transaction: its one account (cash,
     * realised PnL, starting cash, positions) becomes the row of account {@code code}; the {@code meta}
     * rows that held it go.
     */
    static void migrate(Connection db, String code, double startingCash, double cash, double realized)
            throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(ACCOUNTS);
            s.execute("ALTER TABLE positions RENAME TO positions_v1");
            s.execute(POSITIONS);
            try (PreparedStatement p = db.prepareStatement("INSERT INTO positions SELECT ?, con_id, qty, avg_cost,"
                    + " realized FROM positions_v1")) {
                p.setString(1, code);
                p.executeUpdate();
            }
            s.execute("DROP TABLE positions_v1");
            try (PreparedStatement p = db.prepareStatement("INSERT INTO accounts VALUES (?, ?, ?, ?)")) {
                p.setString(1, code);
                p.setDouble(2, startingCash);
                p.setDouble(3, cash);
                p.setDouble(4, realized);
                p.executeUpdate();
            }
            s.execute("DELETE FROM meta WHERE key IN ('cash', 'realized', 'startingCash')");
            s.execute("INSERT OR REPLACE INTO meta VALUES ('" + FORMAT_KEY + "', '" + FORMAT + "')");
        }
    }
}
