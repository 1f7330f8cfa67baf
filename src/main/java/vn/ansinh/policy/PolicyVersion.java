package vn.ansinh.policy;

import java.time.OffsetDateTime;

/** One rule-set version with its maker-checker trail and changelog entry. */
public record PolicyVersion(long id, String label, VersionStatus status, String author, VersionSource source,
                            OffsetDateTime createdAt, OffsetDateTime effectiveAt, Long basedOn, String treeHash,
                            Changelog changelog, String submittedBy, String approvedBy, String publishedBy,
                            String returnedNote) {

    /** What changed, why, and the legal instrument behind it. */
    public record Changelog(String what, String why, String legalInstrument) {
    }

    public boolean editable() {
        return status == VersionStatus.DRAFT;
    }

    /** Refuses (409) a step that needs the version in another status. */
    PolicyVersion requireStatus(VersionStatus wanted) {
        if (status != wanted) {
            throw new vn.ansinh.common.ConflictException("version " + label + " is " + status + ", not " + wanted);
        }
        return this;
    }
}
