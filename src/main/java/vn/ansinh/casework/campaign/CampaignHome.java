package vn.ansinh.casework.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Role;

/** The home page's annual review: the latest campaign and its progress over the user's area (casework's roles). */
@Component
class CampaignHome implements HomeSection {

    private final Campaigns campaigns;

    CampaignHome(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Card> cardFor(AppUserPrincipal user) {
        if (user.role() == Role.PAYMENT_OFFICER || user.role() == Role.ADMIN) {
            return Optional.empty();
        }
        Optional<CampaignStatus> latest = campaigns.recent().stream().findFirst();
        if (latest.isEmpty() && user.role() != Role.POLICY_STAFF) {
            return Optional.empty();
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", null);
        latest.ifPresent(c -> {
            v.put("id", c.id());
            v.put("year", String.valueOf(c.year()));
            v.put("status", c.status());
            v.put("households", Formats.number(c.households()));
            v.put("decided", Formats.number(c.byStep().decided()));
        });
        return Optional.of(new Card("casework/campaign-home", v));
    }
}
