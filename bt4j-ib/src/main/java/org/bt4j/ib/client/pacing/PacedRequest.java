package org.bt4j.ib.client.pacing;

/**
 * What the pacing governor needs to know about one outgoing message: whether it is a
 * historical-data-family request (historical bars, real-time bars) with its weight (BID_ASK
 * counts twice), the key that makes two requests "identical", and the key of its contract,
 * exchange and whatToShow. Plain messages have {@link #PLAIN}: only the overall message rate
 * applies to them.
 *
 * <p>Threading: immutable.
 */
public record PacedRequest(boolean historical, int weight, String identityKey, String contractKey) {

    /** A message only subject to the overall message rate. */
    public static final PacedRequest PLAIN = new PacedRequest(false, 0, "", "");

    /** A historical-family request. */
    public static PacedRequest historical(int weight, String identityKey, String contractKey) {
        return new PacedRequest(true, weight, identityKey, contractKey);
    }
}
