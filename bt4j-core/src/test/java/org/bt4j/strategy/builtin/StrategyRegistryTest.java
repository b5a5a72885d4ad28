package org.bt4j.strategy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.ParamBinder;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * {@link StrategyRegistry}: built-in names, user classes by name, one-line errors for unknown
 * names, non-strategies, missing jars and classes without a no-argument constructor, and
 * instantiation with parameters.
 */
class StrategyRegistryTest {

    /** A user strategy found by its class name. */
    public static final class Mine extends Strategy {
        @Param
        int n = 1;

        @Override
        protected void next() {
        }
    }

    /** No no-argument constructor. */
    public static final class NeedsArg extends Strategy {
        public NeedsArg(int x) {
        }

        @Override
        protected void next() {
        }
    }

    @Test
    void builtInsByName() {
        assertEquals(List.of("smacross", "smacross-ls", "bracket", "targetpct", "oco"),
                List.copyOf(StrategyRegistry.builtInNames()));
        assertSame(SmaCross.class, StrategyRegistry.resolve("smacross"));
        assertSame(SmaCrossLongShort.class, StrategyRegistry.resolve("smacross-ls"));
        assertSame(SmaBracket.class, StrategyRegistry.resolve("bracket"));
        assertSame(TargetPercent.class, StrategyRegistry.resolve("targetpct"));
        assertSame(SmaOco.class, StrategyRegistry.resolve("oco"));
    }

    @Test
    void userClassesByNameAndInstantiationWithParameters() {
        Class<? extends Strategy> c = StrategyRegistry.resolve(Mine.class.getName());
        assertSame(Mine.class, c);
        Strategy s = StrategyRegistry.instantiate(c, "Mine", Map.of("n", "4"));
        assertEquals(4, ((Mine) s).n);
        Strategy builtin = StrategyRegistry.instantiate(SmaCross.class, "smacross", Map.of("fast", 5, "exectype", "limit"));
        assertEquals(5, ParamBinder.values(builtin).get("fast"));
        assertEquals(org.bt4j.order.ExecType.Limit, ParamBinder.values(builtin).get("exectype"));
    }

    @Test
    void oneLineErrors() {
        assertEquals("unknown strategy 'nope'; valid: smacross, smacross-ls, bracket, targetpct, oco, or a Strategy class name",
                assertThrows(BadInputException.class, () -> StrategyRegistry.resolve("nope")).getMessage());
        assertEquals("class 'java.lang.String' is not a subclass of org.bt4j.strategy.Strategy",
                assertThrows(BadInputException.class, () -> StrategyRegistry.resolve("java.lang.String")).getMessage());
        Path missing = Path.of("no-such-dir", "strategies.jar");
        assertEquals("strategy jar not found: " + missing,
                assertThrows(BadInputException.class, () -> StrategyRegistry.resolve("smacross", missing)).getMessage());
        String m = assertThrows(BadInputException.class,
                () -> StrategyRegistry.instantiate(NeedsArg.class, "NeedsArg", Map.of())).getMessage();
        assertTrue(m.endsWith("it needs a public no-argument constructor"), m);
        assertThrows(BadInputException.class, () -> StrategyRegistry.instantiate(Mine.class, "Mine", Map.of("m", 1)));
    }
}
