package vn.ansinh.casework.campaign;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.ansinh.eligibility.ReevaluationFlags;
import vn.ansinh.household.HouseholdArea;
import vn.ansinh.household.HouseholdChunks;

/** The service steps of {@code processes/review-campaign.bpmn20.xml}: fixing and cutting the list, one chunk. */
final class CampaignSteps {

    static final String PLANNING_PROCESS = "reviewCampaignPlanning";
    static final String CHUNK_PROCESS = "reviewCampaignChunk";

    private static final Logger log = LoggerFactory.getLogger(CampaignSteps.class);

    private CampaignSteps() {
    }

    /** The business key of a campaign's process instances. */
    static String businessKey(long campaignId) {
        return "campaign-" + campaignId;
    }

    /** The name of the node whose job executor runs the current Flowable job (its lock owner). */
    static String node() {
        ProcessEngineConfiguration engine = CommandContextUtil.getProcessEngineConfiguration();
        return engine.getAsyncExecutor() == null ? "?" : engine.getAsyncExecutor().getLockOwner();
    }

    /**
     * {@code planCampaign}: fixes the campaign's list — households on a poor / near-poor list, then those with a pending
     * request (an open poverty case), then those with a pending poverty flag, each household once with the first reason
     * it is on the list for — cuts it into chunks of the campaign's size by household id and starts one chunk process
     * per chunk, all in the planning job's one transaction (run again, it finds the campaign planned and stops).
     */
    @Component("campaignPlanStep")
    static class Plan implements JavaDelegate {

        private final CampaignRows rows;
        private final HouseholdChunks households;
        private final vn.ansinh.household.PovertyYears povertyYears;
        private final ReevaluationFlags flags;
        private final RuntimeService runtime;

        Plan(CampaignRows rows, HouseholdChunks households, vn.ansinh.household.PovertyYears povertyYears, ReevaluationFlags flags,
             @Lazy RuntimeService runtime) {
            this.rows = rows;
            this.povertyYears = povertyYears;
            this.households = households;
            this.flags = flags;
            this.runtime = runtime;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = ((Number) execution.getVariable("campaignId")).longValue();
            CampaignRows.Campaign campaign = rows.lock(id).orElseThrow(() -> new IllegalStateException("no campaign " + id));
            if (campaign.plannedAt() != null) {
                return;
            }
            TreeMap<Long, Object[]> list = new TreeMap<>();
            for (HouseholdArea a : povertyYears.onPovertyLists(campaign.year())) {
                list.put(a.householdId(), new Object[]{a.householdId(), a.communeCode(), a.districtCode(), "LIST"});
            }
            for (CampaignRows.Pending p : rows.openPovertyRequests()) {
                list.putIfAbsent(p.householdId(), new Object[]{p.householdId(), p.communeCode(), p.districtCode(), "REQUEST"});
            }
            List<Long> flagged = flags.householdsWithPendingPovertyFlags().stream().filter(h -> !list.containsKey(h)).toList();
            for (HouseholdArea a : households.areasOf(flagged)) {
                list.put(a.householdId(), new Object[]{a.householdId(), a.communeCode(), a.districtCode(), "FLAG"});
            }
            rows.insertHouseholds(id, new ArrayList<>(list.values()));

            List<Long> ids = new ArrayList<>(list.keySet());
            int size = campaign.chunkSize();
            // due at once by both the engine's clock and the wall clock (tests move the engine's clock)
            Date due = new Date(Math.min(System.currentTimeMillis(),
                    CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().getTime()));
            List<Object[]> chunks = new ArrayList<>();
            long after = 0;
            for (int from = 0, seq = 0; from < ids.size(); from += size, seq++) {
                int to = Math.min(ids.size(), from + size);
                long upTo = ids.get(to - 1);
                String instance = runtime.startProcessInstanceByKey(CHUNK_PROCESS, businessKey(id),
                        Map.of("campaignId", id, "seq", seq, "due", due)).getId();
                chunks.add(new Object[]{seq, after, upTo, to - from, instance});
                after = upTo;
            }
            rows.insertChunks(id, chunks);
            rows.planned(id, ids.size(), chunks.size());
            log.info("Annual review campaign {} ({}): {} households in {} chunks, planned on {}", id, campaign.year(),
                    ids.size(), chunks.size(), node());
        }
    }

    /** {@code openCampaignCases}: one chunk in the Flowable job's transaction ({@link CampaignChunkRunner}). */
    @Component("campaignChunkStep")
    static class Chunk implements JavaDelegate {

        private final CampaignChunkRunner runner;

        Chunk(CampaignChunkRunner runner) {
            this.runner = runner;
        }

        @Override
        public void execute(DelegateExecution execution) {
            runner.run(((Number) execution.getVariable("campaignId")).longValue(), (Integer) execution.getVariable("seq"),
                    node());
        }
    }
}
