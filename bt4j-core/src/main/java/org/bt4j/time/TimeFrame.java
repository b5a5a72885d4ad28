package org.bt4j.time;

import java.util.Locale;

/** backtrader's time frames, smallest first; with a compression they define a bar size. Immutable; thread-safe. */
public enum TimeFrame {
    NoTimeFrame, Ticks, MicroSeconds, Seconds, Minutes, Days, Weeks, Months, Years;

    /** Parses a name case-insensitively ({@code Days}, {@code minutes}); clear error otherwise. */
    public static TimeFrame parse(String name) {
        for (TimeFrame tf : values()) {
            if (tf.name().equalsIgnoreCase(name)) {
                return tf;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (TimeFrame tf : values()) {
            if (tf != NoTimeFrame) {
                valid.append(valid.length() == 0 ? "" : ", ").append(tf.name());
            }
        }
        throw new IllegalArgumentException("unknown timeframe '" + name + "'; valid: " + valid);
    }

    /** backtrader's number for this time frame ({@code TimeFrame.Days} is 5, Years 8, NoTimeFrame 9), as its writer prints parameters. */
    public int backtraderValue() {
        return this == NoTimeFrame ? 9 : ordinal();
    }

    /** Lower-case name, as backtrader prints it in some places. */
    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
