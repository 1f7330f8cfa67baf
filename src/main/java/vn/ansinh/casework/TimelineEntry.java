package vn.ansinh.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a case's life: who did what, when, with what comment. Rows are never changed. */
@Entity
@Table(name = "casework_timeline_entry")
class TimelineEntry {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long caseId;
    private Instant at;
    private String step;
    private String action;
    private String actor;
    private String comment;

    protected TimelineEntry() {
    }

    TimelineEntry(long caseId, Instant at, String step, String action, String actor, String comment) {
        this.caseId = caseId;
        this.at = at;
        this.step = step;
        this.action = action;
        this.actor = actor;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
    }

    public long getCaseId() { return caseId; }
    public Instant getAt() { return at; }
    public String getStep() { return step; }
    public String getAction() { return action; }
    public String getActor() { return actor; }
    public String getComment() { return comment; }
}
