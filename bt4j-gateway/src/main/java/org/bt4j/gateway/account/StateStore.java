package org.bt4j.gateway.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.Position;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.ib.wire.Order;

/**
 * The paper account's persistence: orders, executions, positions, cash and id counters in an
 * embedded SQLite database, written through on every change, so a restarted gateway continues
 * where it stopped (working orders keep working, fills and positions are kept). A null path
 * keeps everything in memory. Not thread-safe: gateway thread only (plus open/load/close from
 * the starting thread before and after it runs).
 */
public final class StateStore implements MatchingEngine.StateSink, AutoCloseable {

    private final Connection db;
    private final double startingCash;
    private final PreparedStatement upsertOrder;
    private final PreparedStatement insertFill;
    private final PreparedStatement upsertPosition;
    private final PreparedStatement putMeta;

    private StateStore(Connection db, double startingCash) throws SQLException {
        this.db = db;
        this.startingCash = startingCash;
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS orders (perm_id INTEGER PRIMARY KEY, client_id INTEGER, order_id INTEGER,"
                    + " con_id INTEGER, parent_id INTEGER, action TEXT, qty REAL, order_type TEXT, lmt REAL, aux REAL,"
                    + " tif TEXT, oca_group TEXT, oca_type INTEGER, account TEXT, order_ref TEXT, transmit INTEGER,"
                    + " outside_rth INTEGER, good_till TEXT, trail_stop REAL, trailing_pct REAL, status TEXT, filled REAL,"
                    + " avg_price REAL, last_price REAL, commission REAL, transmitted INTEGER, triggered INTEGER,"
                    + " trail_level REAL, expires INTEGER, created INTEGER, completed INTEGER)");
            s.execute("CREATE TABLE IF NOT EXISTS executions (exec_id TEXT PRIMARY KEY, order_id INTEGER, client_id INTEGER,"
                    + " perm_id INTEGER, con_id INTEGER, time INTEGER, side TEXT, shares REAL, price REAL, cum_qty REAL,"
                    + " avg_price REAL, order_ref TEXT, account TEXT, commission REAL, realized REAL)");
            s.execute("CREATE TABLE IF NOT EXISTS positions (con_id INTEGER PRIMARY KEY, qty REAL, avg_cost REAL, realized REAL)");
        }
        upsertOrder = db.prepareStatement("INSERT OR REPLACE INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        insertFill = db.prepareStatement("INSERT OR REPLACE INTO executions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        upsertPosition = db.prepareStatement("INSERT OR REPLACE INTO positions VALUES (?,?,?,?)");
        putMeta = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?,?)");
    }

    /**
     * Opens (creating if needed) the database at {@code path}, or an in-memory one when null.
     *
     * @throws BadInputException when the file cannot be opened
     */
    public static StateStore open(Path path, double startingCash) {
        try {
            String url;
            if (path == null) {
                url = "jdbc:sqlite::memory:";
            } else {
                Path parent = path.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                url = "jdbc:sqlite:" + path.toAbsolutePath();
            }
            return new StateStore(DriverManager.getConnection(url), startingCash);
        } catch (SQLException | java.io.IOException e) {
            throw new BadInputException("cannot open gateway state " + path + ": " + e.getMessage(), e);
        }
    }

    /** Restores account, counters and orders into {@code m}. */
    public void load(MatchingEngine m, InstrumentUniverse universe) {
        try (Statement s = db.createStatement()) {
            double cash = Double.parseDouble(meta("cash", Double.toString(startingCash)));
            double realized = Double.parseDouble(meta("realized", "0"));
            List<Position> positions = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT con_id, qty, avg_cost, realized FROM positions")) {
                while (r.next()) {
                    positions.add(new Position(r.getInt(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)));
                }
            }
            m.account().restore(cash, realized, positions);
            m.restoreCounters(Long.parseLong(meta("nextPermId", "0")), Long.parseLong(meta("nextExecSeq", "1")));
            try (ResultSet r = s.executeQuery("SELECT * FROM orders ORDER BY perm_id")) {
                while (r.next()) {
                    Instrument ins = universe.byConId(r.getInt("con_id"));
                    if (ins == null) {
                        continue;
                    }
                    Order spec = Order.builder().orderId(r.getInt("order_id")).clientId(r.getInt("client_id"))
                            .permId(r.getLong("perm_id")).parentId(r.getInt("parent_id")).action(r.getString("action"))
                            .totalQuantity(r.getDouble("qty")).orderType(r.getString("order_type"))
                            .lmtPrice(r.getDouble("lmt")).auxPrice(r.getDouble("aux")).tif(r.getString("tif"))
                            .ocaGroup(r.getString("oca_group")).ocaType(r.getInt("oca_type")).account(r.getString("account"))
                            .orderRef(r.getString("order_ref")).transmit(r.getInt("transmit") != 0)
                            .outsideRth(r.getInt("outside_rth") != 0).goodTillDate(r.getString("good_till"))
                            .trailStopPrice(r.getDouble("trail_stop")).trailingPercent(r.getDouble("trailing_pct")).build();
                    SimOrder o = new SimOrder(ins, spec, r.getLong("perm_id"), r.getLong("created"));
                    o.restore(OrderStatus.valueOf(r.getString("status")), r.getDouble("filled"), r.getDouble("avg_price"),
                            r.getDouble("last_price"), r.getDouble("commission"), r.getInt("transmitted") != 0,
                            r.getInt("triggered") != 0, r.getDouble("trail_level") < -1e299 ? Double.NaN : r.getDouble("trail_level"), r.getLong("expires"),
                            r.getLong("completed"));
                    m.restore(o);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read gateway state: " + e.getMessage(), e);
        }
    }

    /** Every execution stored, oldest first. */
    public List<Fill> fills() {
        List<Fill> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM executions ORDER BY time, exec_id")) {
            while (r.next()) {
                out.add(new Fill(r.getString("exec_id"), r.getInt("order_id"), r.getInt("client_id"), r.getLong("perm_id"),
                        r.getInt("con_id"), r.getLong("time"), r.getString("side"), r.getDouble("shares"),
                        r.getDouble("price"), r.getDouble("cum_qty"), r.getDouble("avg_price"), r.getString("order_ref"),
                        r.getString("account"), r.getDouble("commission"), r.getObject("realized") == null ? Double.NaN
                        : r.getDouble("realized")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read executions: " + e.getMessage(), e);
        }
        return out;
    }

    private String meta(String key, String dflt) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : dflt;
            }
        }
    }

    @Override
    public void saveOrder(SimOrder o) {
        Order s = o.spec();
        try {
            int i = 1;
            upsertOrder.setLong(i++, o.permId());
            upsertOrder.setInt(i++, o.clientId());
            upsertOrder.setInt(i++, o.orderId());
            upsertOrder.setInt(i++, o.instrument().conId());
            upsertOrder.setInt(i++, s.parentId());
            upsertOrder.setString(i++, s.action());
            upsertOrder.setDouble(i++, s.totalQuantity());
            upsertOrder.setString(i++, s.orderType());
            upsertOrder.setDouble(i++, s.lmtPrice());
            upsertOrder.setDouble(i++, s.auxPrice());
            upsertOrder.setString(i++, s.tif());
            upsertOrder.setString(i++, s.ocaGroup());
            upsertOrder.setInt(i++, s.ocaType());
            upsertOrder.setString(i++, s.account());
            upsertOrder.setString(i++, s.orderRef());
            upsertOrder.setInt(i++, s.transmit() ? 1 : 0);
            upsertOrder.setInt(i++, s.outsideRth() ? 1 : 0);
            upsertOrder.setString(i++, s.goodTillDate());
            upsertOrder.setDouble(i++, s.trailStopPrice());
            upsertOrder.setDouble(i++, s.trailingPercent());
            upsertOrder.setString(i++, o.status().name());
            upsertOrder.setDouble(i++, o.filled());
            upsertOrder.setDouble(i++, o.avgFillPrice());
            upsertOrder.setDouble(i++, o.lastFillPrice());
            upsertOrder.setDouble(i++, o.commission());
            upsertOrder.setInt(i++, o.transmitted() ? 1 : 0);
            upsertOrder.setInt(i++, o.triggered() ? 1 : 0);
            upsertOrder.setDouble(i++, Double.isNaN(o.trailLevel()) ? -1e300 : o.trailLevel());
            upsertOrder.setLong(i++, o.expiresNanos());
            upsertOrder.setLong(i++, o.createdNanos());
            upsertOrder.setLong(i, o.completedNanos());
            upsertOrder.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save " + o + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void saveFill(Fill f, Account account, long nextExecSeq) {
        try {
            db.setAutoCommit(false);
            int i = 1;
            insertFill.setString(i++, f.execId());
            insertFill.setInt(i++, f.orderId());
            insertFill.setInt(i++, f.clientId());
            insertFill.setLong(i++, f.permId());
            insertFill.setInt(i++, f.conId());
            insertFill.setLong(i++, f.timeNanos());
            insertFill.setString(i++, f.side());
            insertFill.setDouble(i++, f.shares());
            insertFill.setDouble(i++, f.price());
            insertFill.setDouble(i++, f.cumQty());
            insertFill.setDouble(i++, f.avgPrice());
            insertFill.setString(i++, f.orderRef());
            insertFill.setString(i++, f.account());
            insertFill.setDouble(i++, f.commission());
            if (Double.isNaN(f.realizedPnl())) {
                insertFill.setNull(i, java.sql.Types.REAL);
            } else {
                insertFill.setDouble(i, f.realizedPnl());
            }
            insertFill.executeUpdate();
            Position p = account.position(f.conId());
            upsertPosition.setInt(1, p.conId());
            upsertPosition.setDouble(2, p.quantity());
            upsertPosition.setDouble(3, p.avgCost());
            upsertPosition.setDouble(4, p.realized());
            upsertPosition.executeUpdate();
            meta("cash", Double.toString(account.cash()), "realized", Double.toString(account.realized()),
                    "nextExecSeq", Long.toString(nextExecSeq));
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("cannot save execution " + f.execId() + ": " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection unusable; the next write reports it
            }
        }
    }

    @Override
    public void saveCounters(long nextPermId, long nextExecSeq) {
        try {
            meta("nextPermId", Long.toString(nextPermId), "nextExecSeq", Long.toString(nextExecSeq));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save counters: " + e.getMessage(), e);
        }
    }

    private void meta(String... kv) throws SQLException {
        for (int i = 0; i < kv.length; i += 2) {
            putMeta.setString(1, kv[i]);
            putMeta.setString(2, kv[i + 1]);
            putMeta.executeUpdate();
        }
    }

    /** Closes the database (everything is already written). */
    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing left to save
        }
    }
}
