package vn.ansinh.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.common.PageRequests;

@RestController
@RequestMapping("/api/households")
class HouseholdApiController {

    private final HouseholdManagement register;
    private final PageRequests pages;

    HouseholdApiController(HouseholdManagement register, PageRequests pages) {
        this.register = register;
        this.pages = pages;
    }

    @Operation(operationId = "searchHouseholds", summary = "Search the households of the caller's jurisdiction by name, code or CCCD, a page at a time")
    @GetMapping
    Page<HouseholdSummary> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") long page,
                                @RequestParam(defaultValue = "20") long size) {
        return register.search(q, pages.of(page, size, 200, Sort.by("id")));
    }

    @Operation(operationId = "getHousehold", summary = "Get one household with its members")
    @GetMapping("/{id}")
    HouseholdView show(@PathVariable long id) {
        return register.get(id);
    }

    @Operation(operationId = "registerHousehold", summary = "Register a household")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HouseholdView create(@Valid @RequestBody HouseholdForm form,
                         @RequestParam(defaultValue = "false") boolean confirmDuplicate) {
        form.setConfirmDuplicate(form.isConfirmDuplicate() || confirmDuplicate);
        return register.register(form);
    }

    record DeathCorrection(String reason) {
    }

    /** Withdraws a death recorded by mistake, with the reason; payments and the funeral case are reversed. */
    @Operation(operationId = "withdrawRecordedDeath", summary = "Withdraw a death recorded by mistake, with the reason")
    @PostMapping("/{id}/members/{memberId}/death-correction")
    HouseholdView correctDeath(@PathVariable long id, @PathVariable long memberId, @RequestBody DeathCorrection body) {
        return register.correctDeath(id, memberId, body.reason());
    }

    record MemberRemoval(String reason) {
    }

    /** Removes a member (not the head) with the reason: they leave the facts and evaluations; the history keeps them. */
    @Operation(operationId = "removeHouseholdMember", summary = "Remove a member (not the head) from a household, with"
            + " the reason; audited, kept in the household's history, no longer in its facts")
    @PostMapping("/{id}/members/{memberId}/removal")
    HouseholdView removeMember(@PathVariable long id, @PathVariable long memberId, @RequestBody MemberRemoval body) {
        return register.removeMember(id, memberId, body.reason());
    }

    @Operation(operationId = "updateHousehold", summary = "Update a household and its members")
    @PutMapping("/{id}")
    HouseholdView update(@PathVariable long id, @Valid @RequestBody HouseholdForm form) {
        return register.update(id, form);
    }
}
