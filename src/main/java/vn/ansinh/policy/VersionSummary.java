package vn.ansinh.policy;

import java.time.OffsetDateTime;

/** A version as the list of versions shows it (the fixed API's fields). */
public record VersionSummary(long id, String label, VersionStatus status, String author, VersionSource source,
                             OffsetDateTime createdAt, OffsetDateTime effectiveAt) {

    static VersionSummary of(PolicyVersion v) {
        return new VersionSummary(v.id(), v.label(), v.status(), v.author(), v.source(), v.createdAt(), v.effectiveAt());
    }
}
