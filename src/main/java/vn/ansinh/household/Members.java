package vn.ansinh.household;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Members extends JpaRepository<Member, Long> {

    /** [member id, full name] of these members whose household is within the area. */
    @Query("select m.id, m.fullName from Member m join m.household h where m.id in :ids and " + Households.WITHIN)
    java.util.List<Object[]> namesWithin(java.util.Collection<Long> ids, String level, String code);

    /** The members holding any of these CCCD numbers: [member id, household id, cccd]. */
    @Query("select m.id, m.household.id, m.cccd from Member m where m.cccd in :cccds")
    List<Object[]> holdersOf(List<String> cccds);

    /** The same with the household: [cccd, member id, household id, household code, commune code, district code]. */
    @Query("select m.cccd, m.id, h.id, h.code, h.communeCode, h.districtCode from Member m join m.household h"
            + " where m.cccd in :cccds")
    List<Object[]> holdersWithHousehold(List<String> cccds);
}
