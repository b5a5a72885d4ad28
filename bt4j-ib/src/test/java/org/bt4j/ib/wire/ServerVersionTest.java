package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerVersionTest {

    @Test
    void framedVersionsRunFrom100To187() {
        assertFalse(ServerVersion.isFramed(99), "pre-v100 is the legacy un-framed protocol");
        assertTrue(ServerVersion.isFramed(100));
        assertTrue(ServerVersion.isFramed(176));
        assertTrue(ServerVersion.isFramed(187));
        assertFalse(ServerVersion.isFramed(188));
        assertFalse(ServerVersion.isFramed(201), "the protobuf protocol is out of range");
    }

    @Test
    void everyGateIsAFramedVersionNamedOnce() throws IllegalAccessException {
        Map<Integer, String> seen = new HashMap<>();
        for (Field f : ServerVersion.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class
                    && !f.getName().equals("MIN_FRAMED") && !f.getName().equals("MAX")
                    && !f.getName().startsWith("LEGACY_")) {
                int v = f.getInt(null);
                assertTrue(v > ServerVersion.MIN_FRAMED && v <= ServerVersion.MAX, f.getName() + " = " + v);
                String twin = seen.put(v, f.getName());
                assertEquals(null, twin, "two gates at " + v);
            }
        }
        assertEquals("RFQ_FIELDS", seen.get(ServerVersion.MAX), "the newest gate is the newest version");
        assertTrue(ServerVersion.LEGACY_MIN_CLIENT < ServerVersion.LEGACY_ANSWER
                && ServerVersion.LEGACY_ANSWER < ServerVersion.MIN_FRAMED, "legacy versions are below 100");
    }
}
