package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.access.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource method: the listed roles, or any signed-in person when none is listed.
 * Every API method must carry it (or sit in a class that does): what is not marked is refused.
 * Finer rules (a buyer's own member, a supplier's own cooperative) are checked by the use case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    Role[] value() default {};
}
