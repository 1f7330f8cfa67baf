package vn.ansinh.payment.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface Lines extends JpaRepository<PaymentLine, Long> {

    List<PaymentLine> findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(long cycleId);

    List<PaymentLine> findByCycleIdAndCommuneCodeOrderByBeneficiaryNameAscIdAsc(long cycleId, String communeCode);

    List<PaymentLine> findByIdempotencyKeyIn(Collection<String> keys);

    List<PaymentLine> findByEntitlementIdOrderByMonthAscIdAsc(long entitlementId);

    long countByCycleIdAndStatus(long cycleId, LineStatus status);
}
