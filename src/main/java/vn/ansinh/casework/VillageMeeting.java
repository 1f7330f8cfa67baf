package vn.ansinh.casework;

import vn.ansinh.common.Formats;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The village meeting (họp dân) that agrees a case; it passes with at least half of those present. */
@Embeddable
public record VillageMeeting(
        @Column(name = "meeting_held_on") LocalDate heldOn,
        @Column(name = "meeting_attendance") Integer attendance,
        @Column(name = "meeting_agreeing") Integer agreeing) {

    /**
     * More people than any village meeting holds (a thôn or tổ dân phố has a few hundred households); the case's
     * door also caps attendance at the households registered in the village ({@link MeetingAttendance}).
     */
    static final int MAX_ATTENDANCE = 5_000;
    /** The first day the rules cover; a meeting before it cannot agree a case the rules decide. */
    static final LocalDate EARLIEST = LocalDate.of(2011, 1, 1);

    public VillageMeeting {
        if (heldOn == null || attendance == null || agreeing == null) {
            throw new CaseTransitionRefused("case.meeting.incomplete", "date, attendance and agreeing are required");
        }
        if (attendance <= 0 || attendance > MAX_ATTENDANCE) {
            throw new CaseTransitionRefused("case.meeting.attendance.range", attendance + " present");
        }
        if (agreeing < 0 || agreeing > attendance) {
            throw new CaseTransitionRefused("case.meeting.counts", agreeing + " of " + attendance);
        }
        if (heldOn.isAfter(LocalDate.now(Formats.PROVINCE)) || heldOn.isBefore(EARLIEST)) {
            throw new CaseTransitionRefused("case.meeting.date", "held on " + heldOn);
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
