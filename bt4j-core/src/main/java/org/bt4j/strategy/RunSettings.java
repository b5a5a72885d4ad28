package org.bt4j.strategy;

import java.time.Duration;

/**
 * The engine's settings as a strategy reads them (backtrader's {@code self.cerebro.p}):
 * {@code settings().cheatOnOpen()} is {@code self.cerebro.p.cheat_on_open}. The values the run was
 * configured with (whether preloading and the vectorised mode were actually used also depends on
 * the feeds, see {@code Cerebro}). Immutable and thread-safe.
 *
 * @param preload     backtrader's {@code preload}
 * @param runonce     backtrader's {@code runonce}
 * @param live        backtrader's {@code live}
 * @param exactbars   backtrader's {@code exactbars}
 * @param cheatOnOpen backtrader's {@code cheat_on_open}
 * @param brokerCoo   backtrader's {@code broker_coo}
 * @param stdstats    backtrader's {@code stdstats}
 * @param qcheck      backtrader's {@code qcheck}
 */
public record RunSettings(boolean preload, boolean runonce, boolean live, int exactbars, boolean cheatOnOpen,
                          boolean brokerCoo, boolean stdstats, Duration qcheck) {
}
