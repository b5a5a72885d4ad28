package org.bt4j.strategy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a strategy field as a parameter settable by name (backtrader's {@code params}), from the
 * command line ({@code --param fast=7}) or from code ({@code Cerebro.addStrategy(cls, params)}).
 * The field's initial value is the default. Supported types: int, long, double, boolean, String,
 * enums (by constant name, case-insensitive) and their boxed forms.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {

    /** The parameter name; the field name when empty. */
    String value() default "";

    /** One-line description for help output. */
    String doc() default "";
}
