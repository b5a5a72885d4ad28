package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
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

    /** The independent oracle: IB's own table (its clients 10.30 and 10.46), copied by gen_vectors.py. */
    @Test
    void everyGateIsIbsOwnNumberAndTheTableIsComplete() throws IllegalAccessException, IOException {
        Map<String, Integer> official = new HashMap<>();
        try (InputStream in = ServerVersionTest.class.getResourceAsStream("/codec-vectors/server-versions.txt")) {
            assertNotNull(in, "missing test resource codec-vectors/server-versions.txt");
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    official.put(f[0], Integer.parseInt(f[1].trim()));
                }
            }
        }
        Map<String, Integer> ours = new HashMap<>();
        for (Field f : ServerVersion.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class
                    && !f.getName().equals("MIN_FRAMED") && !f.getName().equals("MAX")
                    && !f.getName().startsWith("LEGACY_")) {
                ours.put(f.getName(), f.getInt(null));
            }
        }
        assertEquals(new TreeMap<>(official), new TreeMap<>(ours), "ServerVersion against IB's MIN_SERVER_VER_* table");
        assertEquals(ServerVersion.MAX, ServerVersion.RFQ_FIELDS, "the newest gate is the newest version");
        assertTrue(ServerVersion.LEGACY_MIN_CLIENT < ServerVersion.LEGACY_ANSWER
                && ServerVersion.LEGACY_ANSWER < ServerVersion.MIN_FRAMED, "legacy versions are below 100");
    }
}
