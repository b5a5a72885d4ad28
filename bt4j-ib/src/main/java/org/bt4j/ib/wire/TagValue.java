package org.bt4j.ib.wire;

/**
 * A tag/value pair as IB uses for security ids, algo parameters and ineligibility reasons.
 *
 * <p>Threading: immutable.
 */
public record TagValue(String tag, String value) {
}
