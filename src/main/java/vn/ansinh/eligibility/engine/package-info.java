/** Builds, validates and versions the rule base from {@code rules/} and evaluates households with it, without Spring. */
package vn.ansinh.eligibility.engine;
