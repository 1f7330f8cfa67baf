package vn.ansinh.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Appeals, reached within an area like cases. */
public interface Appeals extends JpaRepository<Appeal, Long> {

    @Query("select c from Appeal c where c.id = :id and " + Cases.WITHIN)
    Optional<Appeal> findByIdWithin(@Param("id") long id, @Param("level") String level, @Param("code") String code);

    @Query("select c from Appeal c where " + Cases.WITHIN + " order by case when c.status = vn.ansinh.casework.AppealStatus.REVIEW"
            + " then 0 else 1 end, c.overdue desc, c.dueOn, c.id desc")
    List<Appeal> findWithin(@Param("level") String level, @Param("code") String code);

    @Query("select c.status, count(c) from Appeal c where " + Cases.WITHIN + " group by c.status")
    List<Object[]> countWithin(@Param("level") String level, @Param("code") String code);

    Optional<Appeal> findFirstByCaseIdAndStatus(long caseId, AppealStatus status);

    List<Appeal> findByCaseIdOrderByIdDesc(long caseId);

    Optional<Appeal> findByProcessInstanceId(String processInstanceId);

    default Optional<Appeal> findByIdWithin(long id, CaseActor actor) {
        return findByIdWithin(id, actor.level().name(), actor.code());
    }
}
