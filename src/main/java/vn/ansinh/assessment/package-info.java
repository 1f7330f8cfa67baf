/** Survey answers per household per date: income, the deprivation indicators of the standard in force, housing. */
package vn.ansinh.assessment;
