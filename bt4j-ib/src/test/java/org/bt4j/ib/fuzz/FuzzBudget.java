package org.bt4j.ib.fuzz;

/**
 * How much fuzzing a run does: a fast default for every build, many more cases when the
 * {@code soak} Maven profile sets {@code -Dbt4j.soak=true}; the seed is fixed (reproducible)
 * unless {@code -Dbt4j.fuzz.seed=N} is given. Threading: constants.
 */
final class FuzzBudget {

    static final boolean SOAK = Boolean.getBoolean("bt4j.soak");
    static final long SEED = Long.getLong("bt4j.fuzz.seed", 0x5EED_B74L);

    private FuzzBudget() {
    }

    /** @return {@code fast} cases normally, {@code soak} under the soak profile */
    static int cases(int fast, int soak) {
        return SOAK ? soak : fast;
    }
}
