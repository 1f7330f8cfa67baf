package vn.ansinh.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.ansinh.common.access.Jurisdiction;

/** Every read takes the caller's jurisdiction, so forgetting a check cannot leak a household. */
interface Households extends JpaRepository<Household, Long> {

    long countByCommuneCode(String communeCode);


    String WITHIN = "(:level = 'PROVINCE' or (:level = 'DISTRICT' and h.districtCode = :code)"
            + " or (:level = 'COMMUNE' and h.communeCode = :code))";

    /**
     * [id, code, head name, village] of the commune's households whose head was born that day: only what the duplicate
     * check compares, no household (and its members) loaded into the persistence context for it.
     */
    @Query("select distinct h.id, h.code, h.headName, h.village from Household h join h.members m where h.communeCode = :commune"
            + " and m.relation = vn.ansinh.household.Relation.HEAD and m.birthDate = :born order by h.id")
    List<Object[]> headsBornOn(String commune, java.time.LocalDate born);

    /** [id, code, head name, village, commune code, head's birth date] of the same, for several communes and days at once. */
    @Query("select h.id, h.code, h.headName, h.village, h.communeCode, m.birthDate from Household h join h.members m"
            + " where h.communeCode in :communes and m.relation = vn.ansinh.household.Relation.HEAD"
            + " and m.birthDate in :days order by h.id")
    List<Object[]> headsBornOnAny(java.util.Collection<String> communes, java.util.Collection<java.time.LocalDate> days);

    @EntityGraph(attributePaths = "members")
    /** The households registered in the village (of a commune) that household {@code id} belongs to, itself included. */
    @Query("select count(o) from Household h, Household o where h.id = :id and o.communeCode = h.communeCode"
            + " and o.village = h.village")
    long countInVillageOf(long id);

    @Query("select h from Household h where h.id = :id and " + WITHIN)
    Optional<Household> findByIdWithin(Long id, String level, String code);

    @Query("select h.id from Household h where h.code = :householdCode and " + WITHIN)
    Optional<Long> findIdByCodeWithin(String householdCode, String level, String code);


    default Optional<Household> findByIdWithin(Long id, Jurisdiction scope) {
        return findByIdWithin(id, scope.level().name(), scope.code());
    }

    /** [id, code, head name, village, commune code] of these households within the area. */
    @Query("select h.id, h.code, h.headName, h.village, h.communeCode from Household h where h.id in :ids and " + WITHIN)
    List<Object[]> labelsWithin(java.util.Collection<Long> ids, String level, String code);

    /** Ids of the households of a village (its name in any case, spaces trimmed) within the area, at most {@code limit}. */
    @Query(value = "select h.id from household h where lower(btrim(h.village)) = lower(btrim(:village))"
            + " and (cast(:commune as varchar) is null or h.commune_code = cast(:commune as varchar))"
            + " and (:level = 'PROVINCE' or (:level = 'DISTRICT' and h.district_code = :code)"
            + " or (:level = 'COMMUNE' and h.commune_code = :code)) order by h.id limit :limit", nativeQuery = true)
    List<Long> idsInVillage(String village, String commune, String level, String code, int limit);

    /** The villages of a commune's households, each once, in order. */
    @Query("select distinct h.village from Household h where h.communeCode = :commune and h.village is not null"
            + " order by h.village")
    List<String> villagesOf(String commune);

    @Query(value = "select nextval('household_code_seq')", nativeQuery = true)
    long nextCodeNumber();
}
