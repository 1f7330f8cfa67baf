package vn.ansinh.casework;

import org.springframework.stereotype.Component;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.common.access.Jurisdiction;

/**
 * What a new case must be before it is opened: a member program names a member of the case's own household, a
 * household program names none, and no case of the same household, program and member is still open.
 */
@Component
class CaseOpening {

    private final Cases cases;
    private final HouseholdManagement households;

    CaseOpening(Cases cases, HouseholdManagement households) {
        this.cases = cases;
        this.households = households;
    }

    void check(OpenCase command, CaseActor actor) {
        Long memberId = command.memberId();
        if (command.program().perMember() && memberId == null) {
            throw new CaseTransitionRefused("case.member.required", command.program().name());
        }
        if (!command.program().perMember() && memberId != null) {
            throw new CaseTransitionRefused("case.member.notForProgram", command.program().name());
        }
        if (memberId != null) {
            HouseholdView household = households.findWithin(command.householdId(), jurisdiction(actor))
                    .orElseThrow(() -> new CaseNotFound(0));
            if (household.members().stream().noneMatch(m -> memberId.equals(m.id()))) {
                throw new CaseTransitionRefused("case.member.notInHousehold", "member " + memberId);
            }
        }
        cases.findOpen(command.householdId(), command.program(), memberId).ifPresent(existing -> {
            throw new DuplicateCase(existing.id());
        });
    }

    private static Jurisdiction jurisdiction(CaseActor actor) {
        return new Jurisdiction(Jurisdiction.Level.valueOf(actor.level().name()), actor.code());
    }
}
