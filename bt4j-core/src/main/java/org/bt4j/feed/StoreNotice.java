package org.bt4j.feed;

import java.util.Objects;

/**
 * A notification from a {@link Store}, handed to {@code Strategy.notifyStore} (backtrader's
 * {@code notify_store}): an {@link Error} the provider reported, a {@link Notice} of the store's
 * own, or with {@code notifyall} any other provider {@link Message}. Each has the request or order
 * id it concerns ({@code -1} for none), the provider's code (IB's error codes as TWS sends them:
 * 2104 a data farm is OK, 354 no market data subscription, 1100 connectivity lost, ...; 0 for
 * none) and its text; {@code toString()} is the form backtrader prints,
 * {@code <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>}.
 *
 * <pre>{@code
 * protected void notifyStore(StoreNotice n) {
 *     if (n instanceof StoreNotice.Error e && e.code() == 1100) { ... }
 * }
 * }</pre>
 *
 * <p>Immutable; safe from any thread.
 */
public sealed interface StoreNotice {

    /** The request or order id this concerns; {@code -1} when none. */
    int id();

    /** The provider's code (IB's error code); 0 when none. */
    int code();

    /** The text: the provider's message, or the store's own sentence. */
    String message();

    /**
     * An error, warning or information the provider reported (IB's
     * {@code error(id, errorCode, errorMsg)}), printed as backtrader prints it.
     */
    record Error(int id, int code, String message) implements StoreNotice {
        /** @param message the provider's text (not null) */
        public Error {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "<error id=" + id + ", errorCode=" + code + ", errorMsg=" + message + ">";
        }
    }

    /**
     * The store's own notice (the connection was lost or could not be made, the session switched
     * to delayed data, the API is read-only): {@code code} is the provider code it answers (IB's
     * 354, 321; 502 for a connection that could not be made) or 0, and {@code message} the
     * sentence exactly as printed.
     */
    record Notice(int code, String message) implements StoreNotice {
        /** @param message the sentence as printed (not null) */
        public Notice {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int id() {
            return -1;
        }

        @Override
        public String toString() {
            return message;
        }
    }

    /**
     * Any other message of the provider, delivered with {@code notifyall} (backtrader's
     * {@code notifyall}): the decoded message itself (for IB an {@code org.bt4j.ib.wire.ServerMessage}),
     * printed as that message prints.
     */
    record Message(Object value) implements StoreNotice {
        /** @param value the decoded provider message (not null) */
        public Message {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public int id() {
            return -1;
        }

        @Override
        public int code() {
            return 0;
        }

        @Override
        public String message() {
            return value.toString();
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }
}
