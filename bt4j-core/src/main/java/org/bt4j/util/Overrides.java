package org.bt4j.util;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Whether a subclass replaces a base class's hook: the engine calls a strategy's, observer's or
 * analyzer's per-bar and notification hooks only when a class below the base declares them, so
 * the base's empty defaults cost no call. Stateless; any thread.
 */
public final class Overrides {

    private Overrides() {
    }

    /**
     * Whether a class from {@code type} up to (not including) {@code base} declares
     * {@code method(params)}, at any access level.
     */
    public static boolean declares(Class<?> type, Class<?> base, String method, Class<?>... params) {
        // the declared methods scanned, not getDeclaredMethod: its NoSuchMethodException for every
        // class that lacks the hook builds its message with a stream, ~1 ms of a cold start
        for (Class<?> c = type; c != base && c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method) && Arrays.equals(m.getParameterTypes(), params)) {
                    return true;
                }
            }
        }
        return false;
    }
}
