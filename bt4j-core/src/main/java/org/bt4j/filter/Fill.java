package org.bt4j.filter;

import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;

/** The bar-size step of the intraday fillers, in nanoseconds. Stateless. */
final class Fill {

    private Fill() {
    }

    /** One unit of {@code tf} (Minutes, Seconds or MicroSeconds). */
    static long unit(TimeFrame tf, String who) {
        switch (tf) {
            case Minutes:
                return EpochNanos.MINUTE;
            case Seconds:
                return EpochNanos.SECOND;
            case MicroSeconds:
                return 1000L;
            default:
                throw new IllegalArgumentException(who + " needs a Minutes, Seconds or MicroSeconds feed, got " + tf);
        }
    }
}
