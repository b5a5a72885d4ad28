package org.bt4j.gateway.fault;

/** Faults the gateway can inject. Immutable. */
public enum FaultKind {
    /** TWS loses IB's servers: 1100, farms broken, then 1102 (data maintained) after the duration. */
    CONNLOSS_MAINTAINED,
    /** Like {@link #CONNLOSS_MAINTAINED} but restored with 1101: every market-data subscription is dropped. */
    CONNLOSS_LOST,
    /** Market-data farm broken (2103) for the duration, then OK (2104); ticks stop meanwhile. */
    FARM_MARKET,
    /** HMDS farm broken (2105) for the duration, then OK (2106); historical requests fail meanwhile. */
    FARM_HMDS,
    /** Close the socket of one client (clientId in {@code arg}) or of all (arg −1). */
    DROP,
    /** Delay the handling of every request by the duration (0 to stop). */
    DELAY,
    /** Reject every new order for the duration (forever when 0). */
    REJECT,
    /** Hold clientId {@code arg} as "in use" for the duration: connections with it get error 326. */
    CONFLICT,
    /** Lose every commission report (live and in execution replays) for the duration (forever when 0). */
    NOCOMM,
    /** Send every commission report the duration after its execution (0 to stop). */
    COMMDELAY
}
