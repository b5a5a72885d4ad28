package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.strategy.builtin.SmaCross;
import org.junit.jupiter.api.Test;

class StrategyOptionsTest {

    private static StrategyOptions of(String name, String... params) {
        StrategyOptions o = new StrategyOptions();
        o.strategy = name;
        o.params = List.of(params);
        return o;
    }

    @Test
    void builtInsAndParametersInTheOrderGiven() {
        StrategyOptions o = of("smacross", "fast = 5", "slow=15");
        assertEquals(Map.of("fast", "5", "slow", "15"), o.params());
        assertEquals(List.of("fast", "slow"), List.copyOf(o.params().keySet()));
        assertEquals(SmaCross.class, o.type());
        assertEquals(SmaCross.class, o.create().getClass());
    }

    @Test
    void mistakesAreOneLine() {
        assertEquals("--param 'fast' is not key=value",
                assertThrows(BadInputException.class, () -> of("smacross", "fast").params()).getMessage());
        StrategyOptions missing = of("smacross");
        missing.strategyJars = List.of(Path.of("no-such.jar"));
        assertEquals("strategy jar not found: no-such.jar",
                assertThrows(BadInputException.class, missing::type).getMessage());
    }
}
