package org.bt4j.analyzer;

/**
 * backtrader's {@code SharpeRatio_A}: {@link SharpeRatio} with {@code annualize=True}.
 * Engine thread only.
 */
@SuppressWarnings("checkstyle:TypeName")
public final class SharpeRatio_A extends SharpeRatio {

    /** Defaults as SharpeRatio, annualised. */
    public SharpeRatio_A() {
        annualize(true);
    }
}
