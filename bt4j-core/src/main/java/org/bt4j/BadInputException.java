package org.bt4j;

/**
 * A problem with something the user gave us (a data file, an option, a parameter). Its message
 * is one complete line naming the problem — file and line for data, the option for the command
 * line — and is printed as is, without a stack trace.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line naming the bad input and what was expected */
    public BadInputException(String message) {
        super(message);
    }

    /** @param message one line naming the bad input; {@code cause} kept for debugging */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
