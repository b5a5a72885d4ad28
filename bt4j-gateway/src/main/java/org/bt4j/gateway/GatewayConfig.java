package org.bt4j.gateway;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bt4j.BadInputException;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.time.Clock;
import org.bt4j.time.SystemClock;

/**
 * Settings of a simulated gateway, built with {@link #builder()}. Immutable.
 *
 * @param host          address to bind (loopback unless listed in {@code trustedHosts})
 * @param port          API port, 0 for any free port
 * @param adminPort     loopback admin (fault) port, −1 for none, 0 for any free port
 * @param trustedHosts  non-loopback addresses that may be bound
 * @param statePath     SQLite file of the paper account, null for in-memory
 * @param seed          tape seed
 * @param tapeFiles     CSV tapes: "FILE" for every instrument or "SYMBOL=FILE"
 * @param acceptBadBars load tape rows that break the bar rules ({@link org.bt4j.feed.BarRules}; refused by default)
 * @param instrumentFile extra instruments, or null
 * @param extraInstruments extra instruments given programmatically
 * @param clock         time source: the wall clock, or a {@link org.bt4j.time.SimulatedClock} that only
 *                      moves when a test moves it (and may be shared with an in-process IB client)
 * @param followHours   the market keeps each instrument's trading hours (default): no ticks, trades or
 *                      intraday bars outside them, daily bars only for trading days, orders without
 *                      outsideRth filled only in liquid hours; false is the 24-hour mode
 *                      ({@code bt4j gateway --24h}): the tape trades around the clock, orders fill at
 *                      any hour and contract details report trading hours around the clock (liquid
 *                      hours, DAY expiry, MOC and OPG keep the instrument's regular session)
 * @param partialFills  fill at most the quoted size per event
 * @param participation share of the quoted size an order may take per event
 * @param bookLevels    price levels of the book an order may take per event, each k ticks through the
 *                      touch with k + 1 times its size (default 5; 1 = the touch only)
 * @param pacing        enforce IB's historical pacing
 * @param maxBars       largest historical answer (bars; 162 above it)
 * @param stepLimit     refuse historical durations longer than IB's step-size table allows for the bar
 *                      size, with 162 (default on; off leaves only the per-unit maxima and {@code maxBars})
 * @param maxClients    simultaneous API clients
 * @param queueCapacity frames buffered per client before it is dropped
 * @param account       account code
 * @param linkedAccounts further managed accounts of the same login, each with its own cash, positions and
 *                      orders, kept in the state file like the primary one's; with any, orders must
 *                      name their account
 * @param readOnly      the API is read-only, as TWS's "Read-Only API" setting: orders, cancels and
 *                      order binding are refused with error 321
 * @param unsubscribed  symbols the account has no market data subscription for: live requests get
 *                      error 354, delayed requests (market data type 3 or 4) delayed data with 10167
 * @param startingCash  cash of a new account
 * @param twsZone       the zone TWS "runs in"
 * @param faults        scripted faults
 */
public record GatewayConfig(String host, int port, int adminPort, Set<String> trustedHosts, Path statePath, long seed,
                            List<String> tapeFiles, boolean acceptBadBars, Path instrumentFile, List<Instrument> extraInstruments,
                            Clock clock, boolean followHours, boolean partialFills, double participation, int bookLevels,
                            boolean pacing, long maxBars, boolean stepLimit, int maxClients, int queueCapacity, String account,
                            List<String> linkedAccounts, boolean readOnly, Set<String> unsubscribed,
                            double startingCash, ZoneId twsZone, List<FaultSpec> faults) {

    /**
     * Default state file of a gateway on {@code port}: {@code ~/.bt4j/gateway-PORT.db}, one per port so
     * that two gateways never share an account; null (in memory) for port 0, which changes every run.
     */
    public static Path defaultStatePath(int port) {
        return port == 0 ? null : Path.of(System.getProperty("user.home"), ".bt4j", "gateway-" + port + ".db");
    }

    /** Every managed account code: the primary one, then the linked ones. */
    public List<String> accounts() {
        List<String> all = new ArrayList<>(linkedAccounts);
        all.add(0, account);
        return all;
    }

    /** A builder with the defaults of {@code bt4j gateway}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; one thread. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 7497;
        private int adminPort = -2;
        private Set<String> trustedHosts = Set.of();
        private Path statePath;
        private long seed = 1;
        private final List<String> tapeFiles = new ArrayList<>();
        private boolean acceptBadBars;
        private Path instrumentFile;
        private final List<Instrument> extraInstruments = new ArrayList<>();
        private Clock clock = new SystemClock();
        private boolean followHours = true;
        private boolean partialFills = true;
        private double participation = 1.0;
        private int bookLevels = 5;
        private boolean pacing = true;
        private long maxBars = 600_000;
        private boolean stepLimit = true;
        private int maxClients = 32;
        private int queueCapacity = 200_000;
        private String account = "DU1234567";
        private final List<String> linkedAccounts = new ArrayList<>();
        private boolean readOnly;
        private final Set<String> unsubscribed = new java.util.TreeSet<>();
        private double startingCash = 1_000_000;
        private ZoneId twsZone = ZoneId.of("US/Eastern");
        private final List<FaultSpec> faults = new ArrayList<>();

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        /** −1 disables the admin channel; default is {@code port + 100} (or any free port when port is 0). */
        public Builder adminPort(int v) { adminPort = v; return this; }
        public Builder trustedHosts(Set<String> v) { trustedHosts = Set.copyOf(v); return this; }
        public Builder statePath(Path v) { statePath = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder tape(String v) { tapeFiles.add(v); return this; }
        public Builder acceptBadBars(boolean v) { acceptBadBars = v; return this; }
        public Builder instrumentFile(Path v) { instrumentFile = v; return this; }
        public Builder instrument(Instrument v) { extraInstruments.add(v); return this; }
        public Builder clock(Clock v) { clock = java.util.Objects.requireNonNull(v, "clock"); return this; }
        /** True (default) keeps each instrument's trading hours; false is the 24-hour mode. */
        public Builder followHours(boolean v) { followHours = v; return this; }
        public Builder partialFills(boolean v) { partialFills = v; return this; }
        public Builder participation(double v) { participation = v; return this; }
        public Builder bookLevels(int v) { bookLevels = v; return this; }
        public Builder pacing(boolean v) { pacing = v; return this; }
        public Builder maxBars(long v) { maxBars = v; return this; }
        public Builder stepLimit(boolean v) { stepLimit = v; return this; }
        public Builder maxClients(int v) { maxClients = v; return this; }
        public Builder queueCapacity(int v) { queueCapacity = v; return this; }
        public Builder account(String v) { account = v; return this; }
        /** Another managed account (its own cash, positions and orders, kept in the state file); repeatable. */
        public Builder linkedAccount(String v) { linkedAccounts.add(v); return this; }
        public Builder readOnly(boolean v) { readOnly = v; return this; }
        /** No market data subscription for {@code symbol} (upper-cased); repeatable. */
        public Builder unsubscribed(String symbol) { unsubscribed.add(symbol.trim().toUpperCase(java.util.Locale.ROOT)); return this; }
        public Builder startingCash(double v) { startingCash = v; return this; }
        public Builder twsZone(ZoneId v) { twsZone = v; return this; }
        public Builder fault(FaultSpec v) { faults.add(v); return this; }

        /**
         * Builds the configuration.
         *
         * @throws BadInputException when a linked account is blank, given twice or the primary one
         */
        public GatewayConfig build() {
            java.util.Set<String> codes = new java.util.HashSet<>(List.of(account));
            for (String linked : linkedAccounts) {
                if (linked.isBlank()) {
                    throw new BadInputException("--linked-accounts: an account code is empty");
                }
                if (!codes.add(linked)) {
                    throw new BadInputException("--linked-accounts: " + linked + (linked.equals(account)
                            ? " is the primary account (--account) already" : " is given twice"));
                }
            }
            int admin = adminPort == -2 ? (port == 0 ? 0 : port + 100) : adminPort;
            return new GatewayConfig(host, port, admin, trustedHosts, statePath, seed, List.copyOf(tapeFiles),
                    acceptBadBars, instrumentFile, List.copyOf(extraInstruments), clock, followHours, partialFills, participation, bookLevels,
                    pacing, maxBars, stepLimit, maxClients, queueCapacity, account, List.copyOf(linkedAccounts), readOnly,
                    Set.copyOf(unsubscribed), startingCash, twsZone, List.copyOf(faults));
        }
    }
}
