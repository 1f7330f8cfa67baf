package vn.ansinh.payment.entitlement;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.ansinh.casework.Program;

import java.util.List;
import java.util.Optional;

public interface Entitlements extends JpaRepository<Entitlement, Long> {

    Optional<Entitlement> findBySourceCaseId(long caseId);

    List<Entitlement> findByMemberIdAndKindAndStatus(long memberId, EntitlementKind kind, EntitlementStatus status);

    Optional<Entitlement> findFirstByMemberIdAndProgramAndStatus(long memberId, Program program, EntitlementStatus status);


    List<Entitlement> findByMemberIdAndProgramAndStatusIn(long memberId, Program program,
                                                         java.util.Collection<EntitlementStatus> statuses);

    List<Entitlement> findByDistrictCodeAndStatusOrderByIdDesc(String districtCode, EntitlementStatus status);

    List<Entitlement> findByHouseholdIdOrderByIdDesc(long householdId);
}
