/**
 * The rule fact model: the only classes a DRL file in {@code rules/} may import or call — a named interface of the
 * eligibility module, so other modules may read the outcomes and reasons a decision carries.
 */
@org.springframework.modulith.NamedInterface("facts")
package vn.ansinh.eligibility.facts;
