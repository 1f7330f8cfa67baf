package vn.ansinh.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Cases, read through the caller's area: a case outside it does not exist for them. */
public interface Cases extends JpaRepository<Case, Long> {

    String WITHIN = "(:level = 'PROVINCE' or (:level = 'DISTRICT' and c.districtCode = :code)"
            + " or (:level = 'COMMUNE' and c.communeCode = :code))";

    @Query("select c from Case c where c.id = :id and " + WITHIN)
    Optional<Case> findByIdWithin(@Param("id") long id, @Param("level") String level, @Param("code") String code);

    @Query("select c from Case c where c.status not in (vn.ansinh.casework.CaseStatus.APPROVED,"
            + " vn.ansinh.casework.CaseStatus.REJECTED, vn.ansinh.casework.CaseStatus.CLOSED) and " + WITHIN
            + " order by c.id")
    List<Case> findOpenWithin(@Param("level") String level, @Param("code") String code);

    /** A household's cases, newest first (the household page lists them). */
    List<Case> findByHouseholdIdOrderByOpenedAtDescIdDesc(long householdId);

    List<Case> findByProcessInstanceIdIn(java.util.Collection<String> processInstanceIds);

    Optional<Case> findFirstByHouseholdIdAndProgramAndMemberIdAndStatusIn(long householdId, Program program, Long memberId,
                                                                           java.util.Collection<CaseStatus> statuses);

    Optional<Case> findFirstByHouseholdIdAndProgramAndMemberIdIsNullAndStatusIn(long householdId, Program program,
                                                                                 java.util.Collection<CaseStatus> statuses);

    Optional<Case> findFirstByHouseholdIdAndProgramAndMemberIdAndStatusOrderByIdDesc(long householdId, Program program,
                                                                                    Long memberId, CaseStatus status);

    /** The open case of this household, program and member (none for a household program), if any. */
    default Optional<Case> findOpen(long householdId, Program program, Long memberId) {
        List<CaseStatus> open = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
        return memberId == null
                ? findFirstByHouseholdIdAndProgramAndMemberIdIsNullAndStatusIn(householdId, program, open)
                : findFirstByHouseholdIdAndProgramAndMemberIdAndStatusIn(householdId, program, memberId, open);
    }

    List<Case> findByHouseholdIdAndMemberIdAndStatusInOrderById(long householdId, Long memberId,
                                                               java.util.Collection<CaseStatus> statuses);

    /** The member's cases still open, of every program (a member removed from the household has none left). */
    default List<Case> findOpenOfMember(long householdId, long memberId) {
        return findByHouseholdIdAndMemberIdAndStatusInOrderById(householdId, memberId,
                java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());
    }

    default Optional<Case> findByIdWithin(long id, CaseActor actor) {
        return findByIdWithin(id, actor.level().name(), actor.code());
    }

    default List<Case> findOpenWithin(CaseActor actor) {
        return findOpenWithin(actor.level().name(), actor.code());
    }

    /** Households of a commune whose poverty review was opened since {@code from} (this year's annual review). */
    @Query("select count(distinct c.householdId) from Case c where c.communeCode = :commune"
            + " and c.program = vn.ansinh.casework.Program.POVERTY_RECOGNITION and c.openedAt >= :from")
    long countReviewedSince(@Param("commune") String communeCode, @Param("from") java.time.Instant from);
}
