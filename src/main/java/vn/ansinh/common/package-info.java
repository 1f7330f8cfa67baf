/**
 * The shared kernel every module may use, and the only module {@code audit} uses: the embedded database,
 * formatting, locale and error pages; {@code access} — who is signed in, over which area, and the one table of what
 * each role may do ({@link vn.ansinh.common.access.Act}, checked by {@link vn.ansinh.common.access.Permissions} in
 * every door); {@code audit} — the {@link vn.ansinh.common.audit.Audited} events the audit trail records. It uses no
 * module. Open, so its sub-packages are part of its door; shared ({@code @Modulithic(sharedModules)}), so every
 * module may depend on it without listing it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.ansinh.common;

import org.springframework.modulith.ApplicationModule;
