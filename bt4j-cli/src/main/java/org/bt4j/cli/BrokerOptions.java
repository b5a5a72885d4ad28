package org.bt4j.cli;

import org.bt4j.BadInputException;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.CommInfo;
import picocli.CommandLine.Option;

/**
 * The simulated broker's options shared as a picocli mixin by {@code backtest} and
 * {@code optimize}: starting cash and the commission scheme ({@code --commission}, {@code --mult},
 * {@code --margin}; a margin makes it futures-like). Filled by picocli and read on the command's
 * thread; not thread-safe.
 */
final class BrokerOptions {

    @Option(names = "--cash", defaultValue = "10000", description = "starting cash (default 10000)")
    double cash;

    @Option(names = "--commission",
            description = "commission: fraction of value (0.001 = 0.1%%), or per contract with --margin")
    Double commission;

    @Option(names = "--mult", description = "contract multiplier (futures-like with --margin)")
    Double mult;

    @Option(names = "--margin", description = "margin per contract: makes the scheme futures-like")
    Double margin;

    /** The starting cash, checked to be a finite number >= 0. */
    double cash() {
        if (!(cash >= 0) || Double.isInfinite(cash)) {
            throw new BadInputException("--cash must be a finite number >= 0, got " + cash);
        }
        return cash;
    }

    /** Whether any commission option was given (otherwise the broker's default scheme applies). */
    boolean hasCommission() {
        return commission != null || margin != null || mult != null;
    }

    /** A new simulated broker with these options (one per run). */
    BackBroker newBroker() {
        BackBroker b = new BackBroker().setCash(cash());
        if (hasCommission()) {
            b.setCommission(CommInfo.setCommission(commission == null ? 0.0 : commission,
                    margin == null ? Double.NaN : margin, mult == null ? 1.0 : mult));
        }
        return b;
    }
}
