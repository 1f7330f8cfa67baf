package vn.ansinh.geography;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdminUnits extends JpaRepository<AdminUnit, String> {

    List<AdminUnit> findByLevelOrderByCode(AdminUnit.Level level);
}
