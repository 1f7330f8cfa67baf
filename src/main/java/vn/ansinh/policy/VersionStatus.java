package vn.ansinh.policy;

/**
 * Where a rule-set version stands. A draft changes until submitted; {@code APPROVED} is an approved version not yet
 * published; publishing makes it {@code SCHEDULED} until its effective moment, then {@code IN_FORCE} (one at a time)
 * until a later one supersedes it.
 */
public enum VersionStatus {
    DRAFT, AWAITING_APPROVAL, APPROVED, SCHEDULED, IN_FORCE, SUPERSEDED
}
