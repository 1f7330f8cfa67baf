package vn.ansinh.casework.campaign;

import java.time.LocalDate;
import vn.ansinh.common.audit.Audited;

/** Province staff opened the year's annual review campaign; its cases open in the background. */
public record CampaignOpened(long campaignId, int year, LocalDate startsOn, LocalDate endsOn) implements Audited {

    @Override
    public String action() {
        return "CAMPAIGN_OPENED";
    }

    @Override
    public String subjectType() {
        return "review_campaign";
    }

    @Override
    public String subjectId() {
        return String.valueOf(campaignId);
    }

    @Override
    public String detail() {
        return year + ": " + startsOn + " – " + endsOn;
    }
}
