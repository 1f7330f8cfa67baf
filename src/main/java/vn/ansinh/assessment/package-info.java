/** Survey answers per household per date: income, the deprivation indicators of the standard in force, housing. */
@ApplicationModule(allowedDependencies = {"geography", "identity", "household"})
package vn.ansinh.assessment;

import org.springframework.modulith.ApplicationModule;
