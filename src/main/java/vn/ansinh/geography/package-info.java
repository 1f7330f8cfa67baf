/**
 * Province → district → commune with official GSO codes, unit types (urban/rural) and validity dates; the layout of
 * 1 July 2025 (province → commune, new Hưng Yên) and the succession of the old Thái Bình units into it.
 */
@ApplicationModule(allowedDependencies = {})
package vn.ansinh.geography;

import org.springframework.modulith.ApplicationModule;
