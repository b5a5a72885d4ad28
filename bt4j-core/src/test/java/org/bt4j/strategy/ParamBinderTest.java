package org.bt4j.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.BadInputException;
import org.bt4j.order.ExecType;
import org.junit.jupiter.api.Test;

/**
 * {@link ParamBinder}: parameters by name (superclass first), conversion of text or numbers to the
 * field's type, and a one-line {@link BadInputException} naming the parameter for anything wrong.
 */
class ParamBinderTest {

    /** Parameters of every supported type. */
    static class Base {
        @Param
        int period = 10;
        @Param("max_bars")
        long maxBars = 5;
    }

    static final class Target extends Base {
        @Param
        double offset = 0.5;
        @Param
        boolean printlog;
        @Param
        String label = "x";
        @Param
        ExecType exectype = ExecType.Market;
        @Param
        Integer boxed = 1;
        @Param
        Duration hold = Duration.ZERO;
        int notAParam = 3;
    }

    static final class Bad {
        @Param
        static int shared;
    }

    private static Target set(String name, Object value) {
        Target t = new Target();
        ParamBinder.set(t, "Target", name, value);
        return t;
    }

    private static String error(String name, Object value) {
        String m = assertThrows(BadInputException.class, () -> set(name, value)).getMessage();
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void namesSuperclassFirstInDeclarationOrderWithRenames() {
        assertEquals(List.of("period", "max_bars", "offset", "printlog", "label", "exectype", "boxed", "hold"),
                List.copyOf(ParamBinder.fields(Target.class).keySet()));
        Map<String, Object> v = ParamBinder.values(new Target());
        assertEquals(10, v.get("period"));
        assertEquals(5L, v.get("max_bars"));
        assertEquals(ExecType.Market, v.get("exectype"));
    }

    @Test
    void convertsTextAndNumbers() {
        assertEquals(7, set("period", " 7 ").period);
        assertEquals(7, set("period", 7L).period);
        assertEquals(9_000_000_000L, set("max_bars", "9000000000").maxBars);
        assertEquals(0.01, set("offset", "0.01").offset);
        assertEquals(3.0, set("offset", 3).offset);
        assertTrue(set("printlog", "True").printlog);
        assertTrue(set("printlog", "1").printlog);
        assertFalse(set("printlog", "FALSE").printlog);
        assertTrue(set("printlog", Boolean.TRUE).printlog);
        assertEquals("abc", set("label", " abc ").label);
        assertEquals(ExecType.StopTrail, set("exectype", "stoptrail").exectype);
        assertEquals(ExecType.Close, set("exectype", ExecType.Close).exectype);
        assertNull(set("boxed", null).boxed);
        assertEquals(Duration.ofDays(1), set("hold", Duration.ofDays(1)).hold);
    }

    @Test
    void setAllSetsEveryEntry() {
        Target t = new Target();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("period", "3");
        p.put("label", "y");
        ParamBinder.setAll(t, "Target", p);
        assertEquals(3, t.period);
        assertEquals("y", t.label);
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheParameter() {
        assertEquals("parameter 'period' of Target expects an integer, got '7.5'", error("period", "7.5"));
        assertEquals("parameter 'period' of Target expects an integer, got '7.0'", error("period", 7.0));
        assertEquals("parameter 'period' of Target expects an integer, got '3000000000'", error("period", 3_000_000_000L));
        assertEquals("parameter 'offset' of Target expects a number, got 'abc'", error("offset", "abc"));
        assertEquals("parameter 'printlog' of Target expects True or False, got 'yes'", error("printlog", "yes"));
        assertEquals("parameter 'period' of Target cannot be empty", error("period", null));
        assertEquals("parameter 'exectype' of Target must be one of Market, Close, Limit, Stop, StopLimit, StopTrail, "
                + "StopTrailLimit, Historical, got 'Bogus'", error("exectype", "Bogus"));
        assertEquals("parameter 'hold' of Target has type Duration which cannot be set from 'P1D'", error("hold", "P1D"));
    }

    @Test
    void unknownNamesListTheValidOnes() {
        assertEquals("unknown parameter 'perod' for Target; valid: period, max_bars, offset, printlog, label, exectype, "
                + "boxed, hold", error("perod", 1));
        BadInputException e = assertThrows(BadInputException.class,
                () -> ParamBinder.set(new Object(), "Plain", "x", 1));
        assertEquals("unknown parameter 'x' for Plain; valid: (none)", e.getMessage());
    }

    @Test
    void staticOrFinalParamFieldsAreAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> ParamBinder.fields(Bad.class));
        Target t = new Target();
        ParamBinder.set(t, "Target", "period", 2);
        assertEquals(3, t.notAParam); // untouched, not a parameter
    }
}
