package vn.ansinh.payment.cycle;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

public interface Cycles extends JpaRepository<PaymentCycle, Long> {

    /** Generation runs one at a time per cycle: the row lock orders two officers pressing the button together. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from PaymentCycle c where c.districtCode = :district and c.month = :month")
    Optional<PaymentCycle> lockByDistrictAndMonth(String district, YearMonth month);

    List<PaymentCycle> findByDistrictCodeOrderByMonthDesc(String districtCode);

    List<PaymentCycle> findAllByOrderByMonthDescDistrictCodeAsc();
}
