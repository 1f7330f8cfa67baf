package vn.ansinh.common.audit;

/**
 * An event the audit trail records: a module publishes its own past-tense event (a household registered, a case
 * approved, an act refused …) and, by implementing this, says what the trail should write. The audit module hears
 * every {@code Audited} event and adds who (user, role, jurisdiction), when and from where; no module calls it.
 */
public interface Audited {

    /** The action code shown (in words) by the audit viewer, e.g. {@code HOUSEHOLD_CREATED}. */
    String action();

    /** The kind of record acted on, e.g. {@code household}; null when the act concerns no one record. */
    String subjectType();

    /** The record's id as text, or null. */
    String subjectId();

    /** Free text worth keeping with the entry, or null. */
    String detail();

    /** A refused or denied attempt: recorded in a transaction of its own, kept though the request rolls back. */
    default boolean refusal() {
        return false;
    }
}
