/** The plan tracker: the province's social-policy targets against what the register measures, by year and area. */
package vn.ansinh.reporting;
