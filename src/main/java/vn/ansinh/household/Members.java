package vn.ansinh.household;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Members extends JpaRepository<Member, Long> {

    /** The members holding any of these CCCD numbers: [member id, household id, cccd]. */
    @Query("select m.id, m.household.id, m.cccd from Member m where m.cccd in :cccds")
    List<Object[]> holdersOf(List<String> cccds);
}
