package org.bt4j.gateway.history;

import java.util.Locale;

/** The data types historical and real-time bars can show. Immutable. */
public enum WhatToShow {
    TRADES, MIDPOINT, BID, ASK, BID_ASK;

    /** Parses IB's spelling (ADJUSTED_LAST is served as TRADES); null when unsupported. */
    public static WhatToShow parseOrNull(String s) {
        if (s == null) {
            return null;
        }
        String u = s.trim().toUpperCase(Locale.ROOT);
        if (u.equals("ADJUSTED_LAST")) {
            return TRADES;
        }
        for (WhatToShow w : values()) {
            if (w.name().equals(u)) {
                return w;
            }
        }
        return null;
    }

    /** True when volume, WAP and count are meaningful (otherwise IB sends −1). */
    public boolean hasVolume() {
        return this == TRADES;
    }
}
