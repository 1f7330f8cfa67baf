package vn.ansinh.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Assessments extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findFirstByHouseholdIdOrderByAssessedOnDescIdDesc(long householdId);

    List<Assessment> findByHouseholdIdOrderByAssessedOnDescIdDesc(long householdId);
}
