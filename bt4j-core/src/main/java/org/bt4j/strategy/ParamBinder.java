package org.bt4j.strategy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bt4j.BadInputException;

/**
 * Reads and writes the {@link Param} fields of an object by name, converting text ("7", "0.01",
 * "True", "StopLimit") or numbers to the field's type. Unknown names and unconvertible values
 * become {@link BadInputException}s with one line listing the valid parameters. Stateless.
 */
public final class ParamBinder {

    private ParamBinder() {
    }

    /** Every parameter of {@code target}'s class (superclasses first), in declaration order. */
    public static Map<String, Field> fields(Class<?> type) {
        Map<String, Field> out = new LinkedHashMap<>();
        collect(type, out);
        return out;
    }

    private static void collect(Class<?> type, Map<String, Field> out) {
        if (type == null || type == Object.class) {
            return;
        }
        collect(type.getSuperclass(), out);
        for (Field f : type.getDeclaredFields()) {
            Param p = f.getAnnotation(Param.class);
            if (p == null) {
                continue;
            }
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                throw new IllegalStateException("@Param field " + type.getName() + "." + f.getName()
                        + " must be neither static nor final");
            }
            f.setAccessible(true);
            out.put(p.value().isEmpty() ? f.getName() : p.value(), f);
        }
    }

    /** The current parameter values of {@code target}, by name, in declaration order. */
    public static Map<String, Object> values(Object target) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Field> e : fields(target.getClass()).entrySet()) {
            try {
                out.put(e.getKey(), e.getValue().get(target));
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }

    /** Sets every entry of {@code params} on {@code target}. */
    public static void setAll(Object target, String ownerName, Map<String, ?> params) {
        Map<String, Field> fields = fields(target.getClass());
        for (Map.Entry<String, ?> e : params.entrySet()) {
            set(target, ownerName, fields, e.getKey(), e.getValue());
        }
    }

    /** Sets one parameter of {@code target}; {@code ownerName} names it in errors. */
    public static void set(Object target, String ownerName, String name, Object value) {
        set(target, ownerName, fields(target.getClass()), name, value);
    }

    private static void set(Object target, String ownerName, Map<String, Field> fields, String name, Object value) {
        Field f = fields.get(name);
        if (f == null) {
            throw new BadInputException("unknown parameter '" + name + "' for " + ownerName + "; valid: "
                    + (fields.isEmpty() ? "(none)" : String.join(", ", fields.keySet())));
        }
        Object converted = convert(f.getType(), value, ownerName, name);
        try {
            f.set(target, converted);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> type, Object value, String owner, String name) {
        String where = "parameter '" + name + "' of " + owner;
        if (value == null) {
            if (type.isPrimitive()) {
                throw new BadInputException(where + " cannot be empty");
            }
            return null;
        }
        String text = value.toString().trim();
        try {
            if (type == int.class || type == Integer.class) {
                if (value instanceof Number && !(value instanceof Double || value instanceof Float)) {
                    return Math.toIntExact(((Number) value).longValue());
                }
                return Integer.parseInt(text);
            }
            if (type == long.class || type == Long.class) {
                if (value instanceof Number && !(value instanceof Double || value instanceof Float)) {
                    return ((Number) value).longValue();
                }
                return Long.parseLong(text);
            }
            if (type == double.class || type == Double.class) {
                if (value instanceof Number) {
                    return ((Number) value).doubleValue();
                }
                return Double.parseDouble(text);
            }
            if (type == boolean.class || type == Boolean.class) {
                if (value instanceof Boolean) {
                    return value;
                }
                String t = text.toLowerCase(Locale.ROOT);
                if (t.equals("true") || t.equals("1")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false") || t.equals("0")) {
                    return Boolean.FALSE;
                }
                throw new BadInputException(where + " expects True or False, got '" + text + "'");
            }
            if (type == String.class) {
                return text;
            }
            if (type.isEnum()) {
                if (type.isInstance(value)) {
                    return value;
                }
                StringBuilder valid = new StringBuilder();
                for (Object c : type.getEnumConstants()) {
                    if (((Enum) c).name().equalsIgnoreCase(text)) {
                        return c;
                    }
                    valid.append(valid.length() == 0 ? "" : ", ").append(((Enum) c).name());
                }
                throw new BadInputException(where + " must be one of " + valid + ", got '" + text + "'");
            }
            if (type.isInstance(value)) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException ex) {
            throw new BadInputException(where + " expects " + describe(type) + ", got '" + text + "'");
        }
        throw new BadInputException(where + " has type " + type.getSimpleName() + " which cannot be set from '" + text + "'");
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        return "a number";
    }
}
