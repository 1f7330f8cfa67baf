package vn.ansinh.casework;

import org.springframework.stereotype.Component;
import vn.ansinh.household.HouseholdManagement;

/** A village meeting gathers the village's households: more people present than households registered there is a typo. */
@Component
class MeetingAttendance {

    private final HouseholdManagement households;

    MeetingAttendance(HouseholdManagement households) {
        this.households = households;
    }

    void requireWithinVillage(long householdId, VillageMeeting meeting) {
        long registered = households.householdsInVillageOf(householdId);
        if (registered > 0 && meeting.attendance() > registered) {
            throw new CaseTransitionRefused("case.meeting.attendance.village",
                    meeting.attendance() + " present, " + registered + " households in the village");
        }
    }
}
