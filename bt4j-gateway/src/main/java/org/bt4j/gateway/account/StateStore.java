package org.bt4j.gateway.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.Position;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.broker.StateWriteException;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.ib.wire.Order;
import org.bt4j.util.OwnerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper accounts' persistence: orders, executions, and per managed account (the primary one and
 * every linked one) cash, realised PnL and positions, plus the id counters, in an embedded SQLite
 * database written through on every change, so a restarted gateway continues where it stopped
 * (working orders keep working, fills and positions are kept). Every change is one durable
 * transaction ({@code synchronous=FULL}): a fill writes its execution, the order's filled quantity,
 * its account's position and cash together, whichever account it belongs to. The file is held with an
 * {@link OwnerLock} while open; a missing file is created, an empty, foreign or damaged one is
 * refused, never reset; {@link #load} migrates a file of the primary account only
 * ({@link StateSchema}), refuses one that holds an account the gateway does not manage, adds a new
 * account row for each managed account the file does not have yet, and refuses a file whose rows
 * break an account's invariants ({@link StateCheck}), all in one transaction that is committed only
 * when nothing was refused. A null path keeps everything in memory. Not thread-safe: gateway thread
 * only (plus open/load/close from the starting thread before and after it runs).
 */
public final class StateStore implements MatchingEngine.StateSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
    private static final String MEMORY = "(memory)";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection db;
    private final String name;
    private final OwnerLock lock;
    private final double startingCash;
    /** The file's schema version when opened; 1 until {@link #load} migrates it. */
    private int version;
    private final PreparedStatement upsertOrder;
    private final PreparedStatement insertFill;
    private final PreparedStatement putMeta;
    /** Statements on the version 2 tables, prepared by {@link #load} (after a migration). */
    private PreparedStatement upsertPosition;
    private PreparedStatement updateAccount;

    private StateStore(Connection db, String name, OwnerLock lock, boolean fresh, double startingCash)
            throws SQLException {
        this.db = db;
        this.name = name;
        this.lock = lock;
        this.startingCash = startingCash;
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            if (fresh) {
                db.setAutoCommit(false);
                StateSchema.create(s);
                db.commit();
                db.setAutoCommit(true);
                version = 2;
            } else {
                checkIntact(s);
                version = StateSchema.version(s, name);
            }
        }
        upsertOrder = db.prepareStatement("INSERT OR REPLACE INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        insertFill = db.prepareStatement("INSERT INTO executions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        putMeta = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?,?)");
    }

    /** An existing file must pass SQLite's own check. */
    private void checkIntact(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String verdict = r.next() ? r.getString(1) : "no answer";
            if (!verdict.equals("ok")) {
                throw new BadInputException("gateway state " + name + " is damaged (SQLite: " + verdict.lines().findFirst()
                        .orElse("") + "); refusing to use it: restore a backup, or move it away to start a new account");
            }
        }
    }

    /**
     * Opens the state file {@code path} for this process, creating it when missing, or an in-memory
     * store when null.
     *
     * @param startingCash the cash of a new account
     * @param owner        who holds the file while open, named to a second process that tries it
     * @throws BadInputException when the file is held by another process, empty, not a bt4j state
     *                           file, damaged or cannot be opened (one line)
     */
    public static StateStore open(Path path, double startingCash, String owner) {
        if (path == null) {
            try {
                return new StateStore(DriverManager.getConnection("jdbc:sqlite::memory:"), MEMORY, null, true,
                        startingCash);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open an in-memory gateway state: " + e.getMessage(), e);
            }
        }
        OwnerLock lock = null;
        try {
            Path abs = path.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            lock = OwnerLock.acquire(path, "gateway state", owner);
            boolean fresh = !Files.exists(abs);
            if (!fresh) {
                checkFile(path, abs);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs);
            try {
                return new StateStore(c, path.toString(), lock, fresh, startingCash);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException | IOException e) {
            if (lock != null) {
                lock.close();
            }
            throw new BadInputException("cannot open gateway state " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    private static void checkFile(Path path, Path abs) throws IOException {
        if (!Files.isRegularFile(abs)) {
            throw new BadInputException("gateway state " + path + " is not a regular file");
        }
        if (Files.size(abs) == 0) {
            throw new BadInputException("gateway state " + path + " is empty (0 bytes); refusing to start a new account "
                    + "over it: delete it, or restore the file it should be");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(abs)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new BadInputException("gateway state " + path + " is not a bt4j gateway state file (not an SQLite "
                    + "database); refusing to use it: choose another --state");
        }
    }

    /**
     * Makes the file hold the accounts of {@code m} (migrating a version 1 file, and adding a new
     * account with the starting cash for each managed account the file does not have), refuses it
     * when it holds another account, checks its invariants ({@link StateCheck}), then restores
     * every account, the counters and the orders into {@code m}. The file changes only when nothing
     * is refused.
     *
     * @throws BadInputException naming the account when the file holds one {@code m} does not manage,
     *                           naming the row when the file breaks an invariant or holds a value
     *                           that is not what its column should be
     */
    public void load(MatchingEngine m, InstrumentUniverse universe) {
        try {
            List<String> managed = new ArrayList<>();
            for (Account a : m.accounts()) {
                managed.add(a.id());
            }
            db.setAutoCommit(false);
            try {
                if (version == 1) {
                    migrate(m.account().id(), universe);
                }
                refuseUnmanaged(managed);
                addNew(managed);
                StateCheck.verify(db, name, universe);
                db.commit();
                version = 2;
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            } finally {
                autoCommit();
            }
            upsertPosition = db.prepareStatement("INSERT OR REPLACE INTO positions VALUES (?,?,?,?,?)");
            updateAccount = db.prepareStatement("UPDATE accounts SET cash = ?, realized = ? WHERE code = ?");
            for (Account a : m.accounts()) {
                restore(a);
            }
            m.restoreCounters((long) number("nextPermId", meta("nextPermId", "0")),
                    (long) number("nextExecSeq", meta("nextExecSeq", "1")));
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM orders ORDER BY perm_id")) {
                while (r.next()) {
                    Instrument ins = universe.byConId(r.getInt("con_id"));
                    if (ins != null) {
                        m.restore(order(r, ins));
                    }
                }
            }
        } catch (SQLException e) {
            throw new BadInputException("gateway state " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Turns the version 1 file into version 2 (in load's transaction). Its one account keeps the code
     * its executions and orders name (the primary account's when it was written), else takes
     * {@code primary}'s.
     */
    private void migrate(String primary, InstrumentUniverse universe) throws SQLException {
        double cash = number("cash", meta("cash", Double.toString(startingCash)));
        String start = meta("startingCash", null);
        double starting = start != null ? number("startingCash", start)
                : StateCheck.impliedStartingCash(db, name, universe, cash); // a file from before the row existed
        List<String> named = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT account FROM executions UNION SELECT account FROM orders"
                     + " WHERE account IS NOT NULL AND account <> ''")) {
            while (r.next()) {
                named.add(r.getString(1));
            }
        }
        String code = named.size() == 1 && named.get(0) != null ? named.get(0) : primary;
        StateSchema.migrate(db, code, starting, cash, number("realized", meta("realized", "0")));
    }

    /** Refuses a file that holds an account not in {@code managed}, naming it and the option that adds it. */
    private void refuseUnmanaged(List<String> managed) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT code FROM accounts UNION SELECT account FROM positions"
                     + " UNION SELECT account FROM executions UNION SELECT account FROM orders"
                     + " WHERE account IS NOT NULL AND account <> '' ORDER BY 1")) {
            while (r.next()) {
                String code = r.getString(1);
                if (code != null && !managed.contains(code)) {
                    throw new BadInputException("gateway state " + name + " holds account " + code + ", which this gateway"
                            + " does not manage: add it with --linked-accounts " + code + ", or choose another --state");
                }
            }
        }
    }

    /** Adds an account with the starting cash for each code of {@code managed} the file does not hold yet. */
    private void addNew(List<String> managed) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO accounts VALUES (?, ?, ?, 0)")) {
            for (String code : managed) {
                p.setString(1, code);
                p.setDouble(2, startingCash);
                p.setDouble(3, startingCash);
                if (p.executeUpdate() == 1 && !name.equals(MEMORY)) {
                    LOG.info("gateway state {}: new account {} with cash {}", name, code, startingCash);
                }
            }
        }
    }

    /** Restores {@code a}'s cash, realised PnL and positions from its row. */
    private void restore(Account a) throws SQLException {
        String row = "accounts row " + a.id();
        double cash;
        double realized;
        try (PreparedStatement p = db.prepareStatement("SELECT cash, realized FROM accounts WHERE code = ?")) {
            p.setString(1, a.id());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                cash = StateCheck.number(name, row + ": cash", r.getString(1));
                realized = StateCheck.number(name, row + ": realized", r.getString(2));
            }
        }
        List<Position> positions = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT con_id, qty, avg_cost, realized FROM positions"
                + " WHERE account = ? ORDER BY con_id")) {
            p.setString(1, a.id());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    positions.add(new Position(r.getInt(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)));
                }
            }
        }
        a.restore(cash, realized, positions);
    }

    private SimOrder order(ResultSet r, Instrument ins) throws SQLException {
        long perm = r.getLong("perm_id");
        try {
            Order spec = Order.builder().orderId(r.getInt("order_id")).clientId(r.getInt("client_id"))
                    .permId(perm).parentId(r.getInt("parent_id")).action(r.getString("action"))
                    .totalQuantity(r.getDouble("qty")).orderType(r.getString("order_type"))
                    .lmtPrice(r.getDouble("lmt")).auxPrice(r.getDouble("aux")).tif(r.getString("tif"))
                    .ocaGroup(r.getString("oca_group")).ocaType(r.getInt("oca_type")).account(r.getString("account"))
                    .orderRef(r.getString("order_ref")).transmit(r.getInt("transmit") != 0)
                    .outsideRth(r.getInt("outside_rth") != 0).goodTillDate(r.getString("good_till"))
                    .trailStopPrice(r.getDouble("trail_stop")).trailingPercent(r.getDouble("trailing_pct")).build();
            SimOrder o = new SimOrder(ins, spec, perm, r.getLong("created"));
            o.restore(OrderStatus.valueOf(r.getString("status")), r.getDouble("filled"), r.getDouble("avg_price"),
                    r.getDouble("last_price"), r.getDouble("commission"), r.getInt("transmitted") != 0,
                    r.getInt("triggered") != 0, r.getDouble("trail_level") < -1e299 ? Double.NaN
                            : r.getDouble("trail_level"), r.getLong("expires"), r.getLong("completed"));
            return o;
        } catch (RuntimeException e) {
            throw new BadInputException("gateway state " + name + ": orders row perm_id " + perm + " cannot be read ("
                    + e.getMessage() + "); refusing to start on it", e);
        }
    }

    private double number(String key, String value) {
        return StateCheck.number(name, "meta row '" + key + "'", value);
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
            throw new BadInputException("gateway state " + name + ": cannot read executions: " + e.getMessage(), e);
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
        try {
            writeOrder(o);
        } catch (SQLException e) {
            throw new StateWriteException("cannot save order " + o.orderId() + " of client " + o.clientId() + ": "
                    + oneLine(e), e);
        }
    }

    private void writeOrder(SimOrder o) throws SQLException {
        Order s = o.spec();
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
    }

    @Override
    public void saveFill(SimOrder o, Fill f, Account account, long nextExecSeq, List<SimOrder> linked) {
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
            writeOrder(o);
            for (SimOrder p : linked) {
                writeOrder(p);
            }
            Position p = account.position(f.conId());
            upsertPosition.setString(1, account.id());
            upsertPosition.setInt(2, p.conId());
            upsertPosition.setDouble(3, p.quantity());
            upsertPosition.setDouble(4, p.avgCost());
            upsertPosition.setDouble(5, p.realized());
            upsertPosition.executeUpdate();
            updateAccount.setDouble(1, account.cash());
            updateAccount.setDouble(2, account.realized());
            updateAccount.setString(3, account.id());
            if (updateAccount.executeUpdate() != 1) {
                throw new SQLException("the file has no row for account " + account.id());
            }
            putMeta("nextExecSeq", Long.toString(nextExecSeq));
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new StateWriteException("cannot save execution " + f.execId() + ": " + oneLine(e), e);
        } finally {
            autoCommit();
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // SQLite may have rolled back already (a full disk); nothing of the transaction stays
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // connection unusable; the next write reports it
        }
    }

    private static String oneLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private void putMeta(String key, String value) throws SQLException {
        putMeta.setString(1, key);
        putMeta.setString(2, value);
        putMeta.executeUpdate();
    }

    /** Closes the database (everything is already written) and releases the file. Idempotent. */
    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing left to save
        }
        if (lock != null) {
            lock.close();
        }
    }
}
