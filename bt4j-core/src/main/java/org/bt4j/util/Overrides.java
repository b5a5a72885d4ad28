package org.bt4j.util;

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
        for (Class<?> c = type; c != base && c != null; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(method, params);
                return true;
            } catch (NoSuchMethodException e) {
                // keep looking up the hierarchy
            }
        }
        return false;
    }
}
