package vn.ansinh.eligibility.web;

import java.time.LocalDate;

/** Body of {@code POST /api/households/{id}/evaluations}; without a date the household is evaluated as of today. */
record StoreEvaluationRequest(LocalDate asOf) {
}
