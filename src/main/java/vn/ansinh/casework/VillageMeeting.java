package vn.ansinh.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The village meeting (họp dân) that agrees a case; it passes with at least half of those present. */
@Embeddable
public record VillageMeeting(
        @Column(name = "meeting_held_on") LocalDate heldOn,
        @Column(name = "meeting_attendance") Integer attendance,
        @Column(name = "meeting_agreeing") Integer agreeing) {

    public VillageMeeting {
        if (heldOn == null || attendance == null || agreeing == null) {
            throw new CaseTransitionRefused("case.meeting.incomplete", "date, attendance and agreeing are required");
        }
        if (attendance <= 0 || agreeing < 0 || agreeing > attendance) {
            throw new CaseTransitionRefused("case.meeting.counts", agreeing + " of " + attendance);
        }
    }

    /** Decision 24/2021 Art. 4(3): at least 50 % of the attendees agree. */
    boolean agreed() {
        return agreeing * 2 >= attendance;
    }

    int agreementPercent() {
        return agreeing * 100 / attendance;
    }
}
