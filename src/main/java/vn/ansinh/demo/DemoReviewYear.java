package vn.ansinh.demo;

import java.time.LocalDate;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ansinh.casework.campaign.CampaignRefused;
import vn.ansinh.casework.campaign.Campaigns;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.eligibility.Reevaluations;

/**
 * This year's review in the demo province: policy staff have opened the annual review campaign of the current year
 * (its annual review cases opened for every household on a list), and a re-evaluation of each demo commune under
 * today's rules has left the flags its commune officer reviews. Both through the doors as those users; their Flowable
 * jobs run here, one after the other, while the engine's executor is paused by the caller (no race, same result on
 * every first start). A year whose campaign exists, or while another is open, gets none.
 */
@Component
class DemoReviewYear {

    static final String POLICY = "policy";

    private static final Logger log = LoggerFactory.getLogger(DemoReviewYear.class);

    private final Campaigns campaigns;
    private final Reevaluations reevaluations;
    private final ProcessEngine engine;

    DemoReviewYear(Campaigns campaigns, Reevaluations reevaluations, ProcessEngine engine) {
        this.campaigns = campaigns;
        this.reevaluations = reevaluations;
        this.engine = engine;
    }

    /** What was seeded: the campaign's id (null when none was opened) and the re-evaluations' ids. */
    record Seeded(Long campaignId, List<String> reevaluations) {
    }

    Seeded seed(List<DemoProvince.Area> areas, LocalDate today) {
        Long campaign = openCampaign(today);
        List<String> jobs = areas.stream().map(a -> reevaluate(a, today)).toList();
        return new Seeded(campaign, jobs);
    }

    private Long openCampaign(LocalDate today) {
        LocalDate first = today.withDayOfYear(1);
        LocalDate starts = today.minusDays(14).isBefore(first) ? first : today.minusDays(14);
        long id;
        try {
            id = DemoSignIn.as(POLICY, Role.POLICY_STAFF, Jurisdiction.province(),
                    () -> campaigns.open(today.getYear(), starts.toString(), today.withDayOfYear(today.lengthOfYear()).toString()).id());
        } catch (CampaignRefused exists) {
            log.info("Demo province: no review campaign of {} opened ({})", today.getYear(), exists.code());
            return null;
        }
        runJobs("campaign-" + id);
        return id;
    }

    /** The commune re-evaluated as of today by its officer: the households whose outcome the rules move are flagged. */
    private String reevaluate(DemoProvince.Area area, LocalDate today) {
        String id = DemoSignIn.as(area.officer(), Role.COMMUNE_OFFICER, Jurisdiction.commune(area.commune()),
                () -> reevaluations.start("COMMUNE:" + area.commune(), today.toString(), null).jobId().toString());
        runJobs(id);
        return id;
    }

    /** Runs the jobs of the processes of this business key (planning, then the chunks it starts) until none is left. */
    private void runJobs(String businessKey) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 10_000; round++) {
            boolean ran = false;
            for (ProcessInstance pi : engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list()) {
                for (Job timer : management.createTimerJobQuery().processInstanceId(pi.getId()).list()) {
                    Job job = management.moveTimerToExecutableJob(timer.getId());
                    management.executeJob(job.getId());
                    ran = true;
                }
                for (Job job : management.createJobQuery().processInstanceId(pi.getId()).list()) {
                    management.executeJob(job.getId());
                    ran = true;
                }
            }
            if (!ran) {
                return;
            }
        }
        log.warn("Demo province: the jobs of {} did not settle", businessKey);
    }

}
