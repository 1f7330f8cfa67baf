package vn.ansinh.household;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every read takes the caller's jurisdiction, so forgetting a check cannot leak a household. */
interface Households extends JpaRepository<Household, Long> {

    String WITHIN = "(:level = 'PROVINCE' or (:level = 'DISTRICT' and h.districtCode = :code)"
            + " or (:level = 'COMMUNE' and h.communeCode = :code))";

    @EntityGraph(attributePaths = "members")
    @Query("select h from Household h where h.id = :id and " + WITHIN)
    Optional<Household> findByIdWithin(Long id, String level, String code);

    @Query(value = "select new vn.ansinh.household.HouseholdSummary(h.id, h.code, h.headName, h.address,"
            + " h.communeCode, h.village, h.area, h.officialPovertyStatus, size(h.members))"
            + " from Household h where " + WITHIN + " and h.searchKey like :pattern",
            countQuery = "select count(h) from Household h where " + WITHIN + " and h.searchKey like :pattern")
    Page<HouseholdSummary> searchWithin(String level, String code, String pattern, Pageable pageable);

    @Query(value = "select nextval('household_code_seq')", nativeQuery = true)
    long nextCodeNumber();
}
