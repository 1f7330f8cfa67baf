/**
 * Append-only record of who did what, when, to which record, from where. Hears every module's
 * {@link vn.ansinh.common.audit.Audited} events and calls none: it depends on the shared kernel alone.
 */
@ApplicationModule(allowedDependencies = {})
package vn.ansinh.audit;

import org.springframework.modulith.ApplicationModule;
