/** The plan tracker: the province's social-policy targets against what the register measures, by year and area. */
@ApplicationModule(allowedDependencies = {"geography", "identity", "household", "assessment", "eligibility", "casework",
        "payment"})
package vn.ansinh.reporting;

import org.springframework.modulith.ApplicationModule;
