package org.bt4j.gateway.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.bt4j.gateway.fault.FaultKind;
import org.bt4j.gateway.fault.FaultSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Injected faults and the farm/connectivity state they leave: 1100/1101/1102, farm messages,
 * dropped sockets, slow replies, lost or late commission reports, rejected orders, phantom
 * clientIds. <b>Threading:</b> gateway thread only, except {@link #delayNanos()} (any thread).
 */
final class FaultDesk {

    private static final Logger LOG = LoggerFactory.getLogger(FaultDesk.class);

    private final GatewayLoop loop;
    private final ApiClients clients;
    private final Map<Integer, Long> reservedClientIds = new HashMap<>();
    private boolean connectivityLost;
    private boolean marketFarmDown;
    private boolean hmdsFarmDown;
    private volatile long delayNanos;
    private long noCommissionUntil = Long.MIN_VALUE;
    private long commissionDelayNanos;
    private long rejectUntil = Long.MIN_VALUE;

    FaultDesk(GatewayLoop loop, ApiClients clients) {
        this.loop = loop;
        this.clients = clients;
    }

    /** Live market data reaches clients (no connectivity loss, market farm up). */
    boolean dataFlowing() {
        return !connectivityLost && !marketFarmDown;
    }

    /** Historical data can be served (no connectivity loss, HMDS farm up). */
    boolean historyAvailable() {
        return !connectivityLost && !hmdsFarmDown;
    }

    /** How long each request waits before it is handled. */
    long delayNanos() {
        return delayNanos;
    }

    /** Commission reports are being lost. */
    boolean commissionLost() {
        return loop.now() < noCommissionUntil;
    }

    /** How much later commission reports are sent. */
    long commissionDelayNanos() {
        return commissionDelayNanos;
    }

    /** Orders are being rejected. */
    boolean rejecting() {
        return rejectUntil > loop.now();
    }

    /** A phantom client holds {@code clientId}. */
    boolean reserved(int clientId) {
        Long until = reservedClientIds.get(clientId);
        return until != null && until > loop.now();
    }

    /** Sends the farm status messages a client sees after START_API. */
    void farmStatus(ApiClient c) {
        clients.error(c, -1, marketFarmDown || connectivityLost ? 2103 : 2104,
                marketFarmDown || connectivityLost ? "Market data farm connection is broken:usfarm"
                        : "Market data farm connection is OK:usfarm");
        clients.error(c, -1, hmdsFarmDown || connectivityLost ? 2105 : 2106,
                hmdsFarmDown || connectivityLost ? "HMDS data farm connection is broken:ushmds"
                        : "HMDS data farm connection is OK:ushmds");
        clients.error(c, -1, 2158, "Sec-def data farm connection is OK:secdefnj");
    }

    /** Schedules {@code f} at {@code startNanos + f.at()} (any thread). */
    void schedule(FaultSpec f, long startNanos) {
        loop.post(() -> loop.schedule(Math.max(loop.now(), startNanos + f.at().toNanos()), () -> apply(f)));
    }

    /** Applies a fault now. */
    void apply(FaultSpec f) {
        long now = loop.now();
        long d = f.duration().toNanos();
        LOG.warn("fault injected: {} for {} (arg {})", f.kind(), f.duration(), f.arg());
        switch (f.kind()) {
            case CONNLOSS_MAINTAINED, CONNLOSS_LOST -> {
                connectivityLost = true;
                clients.broadcastError(1100, "Connectivity between IB and Trader Workstation has been lost.");
                clients.broadcastError(2103, "Market data farm connection is broken:usfarm");
                clients.broadcastError(2105, "HMDS data farm connection is broken:ushmds");
                loop.schedule(now + d, () -> restore(f.kind() == FaultKind.CONNLOSS_LOST));
            }
            case FARM_MARKET -> {
                marketFarmDown = true;
                clients.broadcastError(2103, "Market data farm connection is broken:usfarm");
                loop.schedule(now + d, () -> {
                    marketFarmDown = false;
                    clients.broadcastError(2104, "Market data farm connection is OK:usfarm");
                });
            }
            case FARM_HMDS -> {
                hmdsFarmDown = true;
                clients.broadcastError(2105, "HMDS data farm connection is broken:ushmds");
                loop.schedule(now + d, () -> {
                    hmdsFarmDown = false;
                    clients.broadcastError(2106, "HMDS data farm connection is OK:ushmds");
                });
            }
            case DROP -> {
                for (ApiClient c : new ArrayList<>(clients.all())) {
                    if (f.arg() < 0 || f.arg() == c.clientId) {
                        c.session.closeNow("fault injection: socket dropped");
                    }
                }
            }
            case DELAY -> delayNanos = d;
            case NOCOMM -> noCommissionUntil = d == 0 ? Long.MAX_VALUE : now + d;
            case COMMDELAY -> commissionDelayNanos = d;
            case REJECT -> rejectUntil = d == 0 ? Long.MAX_VALUE : now + d;
            case CONFLICT -> reservedClientIds.put(f.arg(), now + d);
        }
    }

    private void restore(boolean dataLost) {
        connectivityLost = false;
        if (dataLost) {
            for (ApiClient c : clients.all()) {
                c.dropSubscriptions();
            }
            clients.broadcastError(1101, "Connectivity between IB and Trader Workstation has been restored - data lost.");
        } else {
            clients.broadcastError(1102, "Connectivity between IB and Trader Workstation has been restored - data maintained. "
                    + "All data farms are connected: usfarm; ushmds; secdefnj.");
        }
        clients.broadcastError(2104, "Market data farm connection is OK:usfarm");
        clients.broadcastError(2106, "HMDS data farm connection is OK:ushmds");
    }

    /** Stops rejecting orders, delaying replies and losing or delaying commission reports. */
    void clear() {
        delayNanos = 0;
        rejectUntil = Long.MIN_VALUE;
        noCommissionUntil = Long.MIN_VALUE;
        commissionDelayNanos = 0;
        reservedClientIds.clear();
    }
}
