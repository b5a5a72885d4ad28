package org.bt4j.ib.wire;

/**
 * The filter of reqExecutions; empty strings and clientId 0 mean "no filter". {@code time} is
 * {@code yyyyMMdd-HH:mm:ss} in UTC ("executions since").
 *
 * <p>Threading: immutable.
 */
public record ExecutionFilter(int clientId, String acctCode, String time, String symbol, String secType,
                              String exchange, String side) {

    /** The filter that matches every execution of today. */
    public static final ExecutionFilter ALL = new ExecutionFilter(0, "", "", "", "", "", "");
}
