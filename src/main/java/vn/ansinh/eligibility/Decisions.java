package vn.ansinh.eligibility;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Stored decisions, newest first per household. */
interface Decisions extends JpaRepository<Decision, Long> {

    Optional<Decision> findFirstByHouseholdIdOrderByEvaluatedAtDescIdDesc(long householdId);

    List<Decision> findTop20ByHouseholdIdOrderByEvaluatedAtDescIdDesc(long householdId);
}
