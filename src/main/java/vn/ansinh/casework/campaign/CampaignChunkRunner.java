package vn.ansinh.casework.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.eligibility.ReevaluationFlags;

/**
 * One chunk of a campaign's list, in the transaction of the Flowable job that runs it: lock the chunk row (a chunk
 * already done is left as it is), take the chunk's households still without a case (locked), take up each one's open
 * poverty case or open its annual review case, mark the list rows and the households' pending poverty flags, mark the
 * chunk done. A crash anywhere rolls all of it back, and Flowable runs the job again; the list's primary key and the
 * one-open-case index keep any household from getting two cases.
 */
@Component
public class CampaignChunkRunner {

    /** One chunk's counts. */
    public record Outcome(boolean repeated, int opened, int takenUp) {
    }

    private final CampaignRows rows;
    private final CaseWorkflow workflow;
    private final ReevaluationFlags flags;

    CampaignChunkRunner(CampaignRows rows, CaseWorkflow workflow, ReevaluationFlags flags) {
        this.rows = rows;
        this.workflow = workflow;
        this.flags = flags;
    }

    @Transactional
    public Outcome run(long campaignId, int seq, String node) {
        long start = System.nanoTime();
        CampaignRows.Chunk chunk = rows.lockChunk(campaignId, seq)
                .orElseThrow(() -> new IllegalStateException("no chunk " + seq + " of campaign " + campaignId));
        if (chunk.doneAt() != null) {
            return new Outcome(true, 0, 0);
        }
        CampaignRows.Campaign campaign = rows.find(campaignId).orElseThrow();
        List<CampaignRows.Pending> pending = rows.pendingIn(campaignId, chunk.afterId(), chunk.upToId());
        Map<Long, Long> open = rows.openPovertyCases(pending.stream().map(CampaignRows.Pending::householdId).toList());
        List<Object[]> attach = new ArrayList<>(pending.size());
        Map<Long, Long> caseOf = new HashMap<>(pending.size() * 2);
        int opened = 0;
        int takenUp = 0;
        for (CampaignRows.Pending p : pending) {
            Long existing = open.get(p.householdId());
            long caseId;
            if (existing != null) {
                caseId = existing;
                takenUp++;
            } else {
                caseId = workflow.openAnnualReview(p.householdId(), p.communeCode(), p.districtCode(), campaign.openedBy(), null);
                opened++;
            }
            attach.add(new Object[]{caseId, existing != null, p.householdId()});
            caseOf.put(p.householdId(), caseId);
        }
        rows.attachCases(campaignId, attach);
        flags.takeUpPoverty(caseOf);
        rows.chunkDone(campaignId, seq, opened, takenUp, node, (System.nanoTime() - start) / 1_000_000);
        return new Outcome(false, opened, takenUp);
    }
}
