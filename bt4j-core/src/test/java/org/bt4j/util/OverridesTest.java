package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverridesTest {

    static class Base {
        protected void hook(int x) {
        }

        public void other() {
        }
    }

    static class Middle extends Base {
        @Override
        protected void hook(int x) {
        }
    }

    static final class Leaf extends Middle {
    }

    static final class Plain extends Base {
    }

    @Test
    void findsAProtectedHookDeclaredAnywhereBelowTheBase() {
        assertTrue(Overrides.declares(Middle.class, Base.class, "hook", int.class));
        assertTrue(Overrides.declares(Leaf.class, Base.class, "hook", int.class), "inherited from a class below the base");
    }

    @Test
    void theBasesOwnDefaultDoesNotCount() {
        assertFalse(Overrides.declares(Plain.class, Base.class, "hook", int.class));
        assertFalse(Overrides.declares(Leaf.class, Base.class, "other"));
        assertFalse(Overrides.declares(Base.class, Base.class, "hook", int.class));
    }

    @Test
    void parametersMustMatch() {
        assertFalse(Overrides.declares(Middle.class, Base.class, "hook", long.class));
    }
}
