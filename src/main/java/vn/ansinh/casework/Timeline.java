package vn.ansinh.casework;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: entries can be added and read, never updated or deleted (the table refuses it too). */
interface Timeline extends Repository<TimelineEntry, Long> {

    TimelineEntry save(TimelineEntry entry);

    List<TimelineEntry> findByCaseIdOrderByAtAscIdAsc(long caseId);
}
