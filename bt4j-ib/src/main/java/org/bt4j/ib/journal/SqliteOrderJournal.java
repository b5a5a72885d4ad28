package org.bt4j.ib.journal;

import java.io.IOException;
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
import java.util.Optional;
import java.util.function.LongSupplier;
import org.bt4j.BadInputException;
import org.bt4j.util.OwnerLock;

/**
 * {@link OrderJournal} in an embedded SQLite file: write-ahead log, {@code synchronous=FULL}, one
 * autocommitted statement (or one transaction) per call, so a record is on disk when the call
 * returns and a process killed at any moment leaves a consistent journal. Two tables: {@code orders}
 * (key, ref, spec text, client id, IB order id, perm id, status, filled, updated, and IB's end:
 * {@code end_filled}, {@code end_status}) and
 * {@code executions} (execId primary key — the de-duplication — order key, IB order id, shares,
 * price, time, commission as IB reported it, the estimate delivered instead when the report was
 * late, the receiving order {@code seq}, and {@code delivered}: 0 from receipt until the strategy's
 * {@code notifyOrder} for it returned, then 1; rows of journals older than the column count as
 * delivered). Opening a journal another live process holds is refused.
 *
 * <p>Threading: thread-safe (every method synchronised on the journal).
 */
public final class SqliteOrderJournal implements OrderJournal {

    private static final String ORDER_COLUMNS = "key, ref, spec, client_id, ib_order_id, perm_id, status, filled,"
            + " end_filled, end_status, updated";
    private static final String EXEC_COLUMNS = "exec_id, order_key, ib_order_id, shares, price, time, commission, estimate";

    private final Connection db;
    private final OwnerLock lock; // null in memory
    private final String where;
    private final LongSupplier clock;
    private final PreparedStatement insertOrder;
    private final PreparedStatement setIbId;
    private final PreparedStatement setPermId;
    private final PreparedStatement setStatus;
    private final PreparedStatement setEnd;
    private final PreparedStatement insertExec;
    private final PreparedStatement addFilled;
    private final PreparedStatement setCommission;
    private final PreparedStatement findExec;
    private final PreparedStatement markDelivered;
    private boolean closed;

    private SqliteOrderJournal(Connection db, String where, LongSupplier clock, OwnerLock lock) throws SQLException {
        this.db = db;
        this.lock = lock;
        this.where = where;
        this.clock = clock;
        try (Statement s = db.createStatement()) {
            // one live process per journal: the exclusive lock is taken now and held until close
            // (the OS releases it when a process dies, so a restart after kill -9 opens fine)
            s.execute("PRAGMA busy_timeout=1000");
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
            s.execute("CREATE TABLE IF NOT EXISTS orders (key INTEGER PRIMARY KEY AUTOINCREMENT, ref INTEGER NOT NULL,"
                    + " spec TEXT NOT NULL, client_id INTEGER NOT NULL DEFAULT 0, ib_order_id INTEGER NOT NULL DEFAULT 0,"
                    + " perm_id INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, filled REAL NOT NULL DEFAULT 0,"
                    + " updated INTEGER NOT NULL, end_filled REAL NOT NULL DEFAULT 0,"
                    + " end_status TEXT NOT NULL DEFAULT '')");
            s.execute("CREATE INDEX IF NOT EXISTS orders_ib ON orders (client_id, ib_order_id)");
            s.execute("CREATE INDEX IF NOT EXISTS orders_perm ON orders (perm_id)");
            s.execute("CREATE TABLE IF NOT EXISTS executions (exec_id TEXT PRIMARY KEY, order_key INTEGER NOT NULL"
                    + " REFERENCES orders(key), ib_order_id INTEGER NOT NULL, shares REAL NOT NULL, price REAL NOT NULL,"
                    + " time INTEGER NOT NULL, commission REAL, seq INTEGER NOT NULL, estimate REAL,"
                    + " delivered INTEGER NOT NULL DEFAULT 1)");
            addColumn(s, "executions", "estimate", "REAL");
            addColumn(s, "executions", "delivered", "INTEGER NOT NULL DEFAULT 1");
            addColumn(s, "orders", "end_filled", "REAL NOT NULL DEFAULT 0");
            addColumn(s, "orders", "end_status", "TEXT NOT NULL DEFAULT ''");
        }
        insertOrder = db.prepareStatement("INSERT INTO orders (ref, spec, status, updated) VALUES (?, ?, 'PendingSubmit', ?)",
                Statement.RETURN_GENERATED_KEYS);
        setIbId = db.prepareStatement("UPDATE orders SET client_id = ?, ib_order_id = ?, updated = ? WHERE key = ?");
        setPermId = db.prepareStatement("UPDATE orders SET perm_id = ?, updated = ? WHERE key = ?");
        setStatus = db.prepareStatement("UPDATE orders SET status = ?, updated = ? WHERE key = ?");
        setEnd = db.prepareStatement("UPDATE orders SET status = ?, end_filled = ?, end_status = ?, updated = ?"
                + " WHERE key = ?");
        insertExec = db.prepareStatement("INSERT OR IGNORE INTO executions (exec_id, order_key, ib_order_id, shares,"
                + " price, time, commission, estimate, delivered, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0,"
                + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM executions))");
        addFilled = db.prepareStatement("UPDATE orders SET filled = filled + ?, updated = ? WHERE key = ?");
        setCommission = db.prepareStatement("UPDATE executions SET commission = ? WHERE exec_id = ?");
        findExec = db.prepareStatement("SELECT " + EXEC_COLUMNS + " FROM executions WHERE exec_id = ?");
        markDelivered = db.prepareStatement("UPDATE executions SET delivered = 1 WHERE exec_id = ?");
    }

    /**
     * Journals written before a column existed get it: {@code estimate} NULL (delivered with IB's
     * report), {@code delivered} 1 (they were journaled as they were handed to the strategy),
     * {@code end_filled} 0 and {@code end_status} empty (IB's end not known beyond its status text).
     */
    private static void addColumn(Statement s, String table, String name, String type) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                if (name.equals(r.getString("name"))) {
                    return;
                }
            }
        }
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + name + " " + type);
    }

    /**
     * Opens (creating if needed) the journal file {@code path}; times come from the wall clock (a
     * {@link org.bt4j.time.SystemClock}). A live run passes its engine's clock instead
     * ({@link #open(Path, LongSupplier)}), so that its stamps follow a simulated or virtual clock.
     *
     * @throws BadInputException naming the file when it cannot be opened or is not a journal
     */
    public static SqliteOrderJournal open(Path path) {
        return open(path, new org.bt4j.time.SystemClock()::nanos);
    }

    /**
     * Opens the journal file {@code path} with an injected clock (UTC epoch nanoseconds).
     *
     * @throws BadInputException naming the file when it cannot be opened or is not a journal
     */
    public static SqliteOrderJournal open(Path path, LongSupplier clockNanos) {
        Path abs = path.toAbsolutePath();
        OwnerLock lock = null;
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            lock = OwnerLock.acquire(abs, "order journal", "bt4j with this order journal");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs);
            try {
                return new SqliteOrderJournal(c, abs.toString(), clockNanos, lock);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close(); // acquired: the connection is what failed
            if (e.getErrorCode() == 5 || e.getErrorCode() == 6) { // SQLITE_BUSY, SQLITE_LOCKED
                throw new BadInputException("cannot open the order journal " + abs
                        + ": it is in use by another running bt4j process", e);
            }
            throw new BadInputException("cannot open the order journal " + abs + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new BadInputException("cannot open the order journal " + abs + ": " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** A journal that lives in memory only (tests, paper runs that need no restart). */
    public static SqliteOrderJournal inMemory() {
        try {
            return new SqliteOrderJournal(DriverManager.getConnection("jdbc:sqlite::memory:"), ":memory:",
                    new org.bt4j.time.SystemClock()::nanos, null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create an in-memory order journal: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long orderSubmitted(int ref, OrderSpec spec) {
        try {
            insertOrder.setInt(1, ref);
            insertOrder.setString(2, spec.toText());
            insertOrder.setLong(3, clock.getAsLong());
            insertOrder.executeUpdate();
            try (ResultSet k = insertOrder.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("record order " + ref, e);
        }
    }

    @Override
    public synchronized void ibOrderId(long key, int clientId, int ibOrderId) {
        update(setIbId, "record IB order id of order key " + key, clientId, ibOrderId, clock.getAsLong(), key);
    }

    @Override
    public synchronized void permId(long key, long permId) {
        update(setPermId, "record perm id of order key " + key, permId, clock.getAsLong(), key);
    }

    @Override
    public synchronized void status(long key, String status) {
        update(setStatus, "record status of order key " + key, status, clock.getAsLong(), key);
    }

    @Override
    public synchronized void ended(long key, String status, double endFilled, String end) {
        update(setEnd, "record the end of order key " + key, status, endFilled, end, clock.getAsLong(), key);
    }

    @Override
    public synchronized boolean executionReceived(JournalExecution e) {
        return transaction("record execution " + e.execId(), () -> {
            insertExec.setString(1, e.execId());
            insertExec.setLong(2, e.orderKey());
            insertExec.setInt(3, e.ibOrderId());
            insertExec.setDouble(4, e.shares());
            insertExec.setDouble(5, e.price());
            insertExec.setLong(6, e.timeNanos());
            setNullableDouble(insertExec, 7, e.commission());
            setNullableDouble(insertExec, 8, e.estimate());
            if (insertExec.executeUpdate() == 0) {
                return false; // known: nothing written
            }
            addFilled.setDouble(1, e.shares());
            addFilled.setLong(2, clock.getAsLong());
            addFilled.setLong(3, e.orderKey());
            if (addFilled.executeUpdate() != 1) {
                throw new IllegalArgumentException("execution " + e.execId() + " names unknown order key " + e.orderKey());
            }
            return true;
        });
    }

    /** Work inside one transaction. */
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T transaction(String what, Work<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException x) {
                db.rollback();
                throw x;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException x) {
            throw failed(what, x);
        }
    }

    @Override
    public synchronized void commission(String execId, double commission) {
        try {
            setNullableDouble(setCommission, 1, commission);
            setCommission.setString(2, execId);
            setCommission.executeUpdate();
        } catch (SQLException e) {
            throw failed("record commission of " + execId, e);
        }
    }

    @Override
    public synchronized void delivered(List<String> execIds) {
        if (execIds.isEmpty()) {
            return;
        }
        transaction("record the delivery of " + execIds, () -> {
            for (String id : execIds) {
                markDelivered.setString(1, id);
                markDelivered.addBatch();
            }
            return markDelivered.executeBatch();
        });
    }

    @Override
    public synchronized List<JournalExecution> undelivered() {
        return executionsWhere("delivered = 0", "read the undelivered executions");
    }

    @Override
    public synchronized boolean hasDelivered(String execId) {
        try (PreparedStatement q = db.prepareStatement("SELECT delivered FROM executions WHERE exec_id = ?")) {
            q.setString(1, execId);
            try (ResultSet r = q.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw failed("look up execution " + execId, e);
        }
    }

    @Override
    public synchronized Optional<JournalExecution> execution(String execId) {
        try {
            findExec.setString(1, execId);
            try (ResultSet r = findExec.executeQuery()) {
                return r.next() ? Optional.of(executionAt(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("look up execution " + execId, e);
        }
    }

    private static JournalExecution executionAt(ResultSet r) throws SQLException {
        double commission = r.getDouble(7);
        boolean noCommission = r.wasNull();
        double estimate = r.getDouble(8);
        boolean noEstimate = r.wasNull();
        return new JournalExecution(r.getString(1), r.getLong(2), r.getInt(3), r.getDouble(4), r.getDouble(5),
                r.getLong(6), noCommission ? Double.NaN : commission, noEstimate ? Double.NaN : estimate);
    }

    @Override
    public synchronized List<JournalOrder> workingOrders() {
        List<JournalOrder> all = orders("SELECT " + ORDER_COLUMNS + " FROM orders WHERE status NOT IN"
                + " ('Cancelled', 'ApiCancelled', 'Inactive', '" + JournalOrder.NOT_SENT + "') OR end_filled > filled"
                + " ORDER BY key");
        all.removeIf(o -> !o.isWorking());
        return all;
    }

    @Override
    public synchronized Optional<JournalOrder> order(long key) {
        return orders("SELECT " + ORDER_COLUMNS + " FROM orders WHERE key = ?", key).stream().findFirst();
    }

    @Override
    public synchronized Optional<JournalOrder> byIbOrderId(int clientId, int ibOrderId) {
        return orders("SELECT " + ORDER_COLUMNS + " FROM orders WHERE client_id = ? AND ib_order_id = ? ORDER BY key DESC",
                clientId, ibOrderId).stream().findFirst();
    }

    @Override
    public synchronized Optional<JournalOrder> byPermId(long permId) {
        if (permId == 0) {
            return Optional.empty();
        }
        return orders("SELECT " + ORDER_COLUMNS + " FROM orders WHERE perm_id = ?", permId).stream().findFirst();
    }

    @Override
    public synchronized List<JournalExecution> executions(long key) {
        return executionsWhere("order_key = " + key, "read executions of order key " + key);
    }

    /** The executions matching {@code condition} (built here from numbers only), in receiving order. */
    private List<JournalExecution> executionsWhere(String condition, String what) {
        List<JournalExecution> out = new ArrayList<>();
        try (Statement q = db.createStatement();
             ResultSet r = q.executeQuery("SELECT " + EXEC_COLUMNS + " FROM executions WHERE " + condition + " ORDER BY seq")) {
            while (r.next()) {
                out.add(executionAt(r));
            }
            return out;
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    @Override
    public synchronized int maxRef() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(ref), 0) FROM orders")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failed("read the largest ref", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            db.close();
        } catch (SQLException e) {
            throw failed("close", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private void update(PreparedStatement st, String what, Object... args) {
        try {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            if (st.executeUpdate() != 1) {
                throw new IllegalArgumentException(what + ": no such order in the journal");
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private List<JournalOrder> orders(String sql, Object... args) {
        List<JournalOrder> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new JournalOrder(r.getLong(1), r.getInt(2), OrderSpec.parse(r.getString(3)), r.getInt(4),
                            r.getInt(5), r.getLong(6), r.getString(7), r.getDouble(8), r.getDouble(9), r.getString(10),
                            r.getLong(11)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read orders", e);
        }
    }

    private static void setNullableDouble(PreparedStatement st, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            st.setNull(i, java.sql.Types.REAL);
        } else {
            st.setDouble(i, v);
        }
    }

    private IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("order journal " + where + ": cannot " + what + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        return s == null ? "(no message)" : s.lines().findFirst().orElse("");
    }
}
