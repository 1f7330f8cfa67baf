package vn.ansinh.assessment;

import java.time.LocalDate;
import vn.ansinh.common.audit.Audited;

/** An officer recorded a household's survey answers (seeding and bulk jobs record none). */
public record AssessmentRecorded(long householdId, long assessmentId, LocalDate assessedOn) implements Audited {

    @Override
    public String action() {
        return "ASSESSMENT_RECORDED";
    }

    @Override
    public String subjectType() {
        return "household";
    }

    @Override
    public String subjectId() {
        return String.valueOf(householdId);
    }

    @Override
    public String detail() {
        return "assessment " + assessmentId + " on " + assessedOn;
    }
}
