/**
 * Users and their accounts, sign-in (Spring Security), its throttle and locks. The roles, jurisdictions and the
 * permission table every door checks are the shared kernel's ({@code vn.ansinh.common.access}).
 */
@ApplicationModule(allowedDependencies = "geography")
package vn.ansinh.identity;

import org.springframework.modulith.ApplicationModule;
