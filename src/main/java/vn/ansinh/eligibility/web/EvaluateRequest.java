package vn.ansinh.eligibility.web;

import vn.ansinh.eligibility.HouseholdFacts;

import java.time.LocalDate;

/** Body of {@code POST /api/eligibility/evaluate} (CONTRACT.md). */
record EvaluateRequest(LocalDate asOf, HouseholdFacts household) {
}
