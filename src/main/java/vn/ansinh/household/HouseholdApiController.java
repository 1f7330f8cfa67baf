package vn.ansinh.household;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

@RestController
@RequestMapping("/api/households")
class HouseholdApiController {

    private final HouseholdManagement register;

    HouseholdApiController(HouseholdManagement register) {
        this.register = register;
    }

    @GetMapping
    Page<HouseholdSummary> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        return register.search(q, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("id")));
    }

    @GetMapping("/{id}")
    HouseholdView show(@PathVariable long id) {
        return register.get(id);
    }

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
    @PostMapping("/{id}/members/{memberId}/death-correction")
    HouseholdView correctDeath(@PathVariable long id, @PathVariable long memberId, @RequestBody DeathCorrection body) {
        return register.correctDeath(id, memberId, body.reason());
    }

    @PutMapping("/{id}")
    HouseholdView update(@PathVariable long id, @Valid @RequestBody HouseholdForm form) {
        return register.update(id, form);
    }
}
