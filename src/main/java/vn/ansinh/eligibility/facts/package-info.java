/** The rule fact model: the only classes a DRL file in {@code rules/} may import or call. */
package vn.ansinh.eligibility.facts;
