/** Eligibility: the Drools rule base built from {@code rules/}, the evaluation API and stored decisions. */
package vn.ansinh.eligibility;
