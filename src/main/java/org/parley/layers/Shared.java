package org.parley.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package (on its {@code package-info.java}) as shared support: any feature may use it, and it uses no feature,
 * no command shell and no entry point. {@code ArchitectureTests} reads this mark; a package without it is a feature (or
 * the entry point, the shell or {@code graph}), which other features may not use. See {@code docs/architecture.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Shared {
}
