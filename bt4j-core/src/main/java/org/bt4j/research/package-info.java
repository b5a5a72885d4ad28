/**
 * Research tools over whole runs: bias checks (look-ahead, warm-up) and walk-forward optimisation.
 * They re-run a {@link org.bt4j.research.Probe} (a strategy or one indicator) on slices of
 * preloaded data and compare the outcomes.
 */
package org.bt4j.research;
