package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;

/** {@link ParamGrid}: ranges, lists, itertools.product order, one-line errors. */
class ParamGridTest {

    @Test
    void productOrderFirstVariesSlowest() {
        ParamGrid g = ParamGrid.parse(List.of("fast=5:7", "mode=a,b"));
        assertEquals(6, g.size());
        assertEquals(Map.of("fast", 5, "mode", "a"), g.at(0));
        assertEquals(Map.of("fast", 5, "mode", "b"), g.at(1));
        assertEquals(Map.of("fast", 7, "mode", "b"), g.at(5));
        assertEquals(List.of("fast", "mode"), g.names());
    }

    @Test
    void rangesWithStepsAndDecimals() {
        assertEquals(List.of(5, 10, 15, 20), ParamGrid.parseValues("p", "5:20:5"));
        assertEquals(List.of(0.1, 0.2, 0.3), ParamGrid.parseValues("p", "0.1:0.3:0.1"), "no binary drift");
        assertEquals(List.of("7"), ParamGrid.parseValues("p", "7"));
        assertEquals(1_000_000, ParamGrid.parse(List.of("a=1:1000", "b=1:1000")).size());
    }

    @Test
    void badSpecsAreOneLine() {
        assertEquals("--param p=5:1: stop is below start",
                assertThrows(BadInputException.class, () -> ParamGrid.parseValues("p", "5:1")).getMessage());
        assertEquals("--param p=1:5:0: the step must be > 0",
                assertThrows(BadInputException.class, () -> ParamGrid.parseValues("p", "1:5:0")).getMessage());
        assertEquals("--param p=a:b: range parts must be numbers",
                assertThrows(BadInputException.class, () -> ParamGrid.parseValues("p", "a:b")).getMessage());
        assertThrows(BadInputException.class, () -> ParamGrid.parse(List.of("novalue")));
        assertThrows(BadInputException.class, () -> ParamGrid.parse(List.of("a=1", "a=2")));
    }
}
