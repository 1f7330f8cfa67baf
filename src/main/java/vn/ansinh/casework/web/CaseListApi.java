package vn.ansinh.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseList;
import vn.ansinh.casework.CaseListFilter;
import vn.ansinh.casework.CaseListPage;
import vn.ansinh.casework.CaseListRow;

/** The case list as JSON: the same door, filters and area as the page; the next page by {@code after}. */
@RestController
class CaseListApi {

    /** A page of cases, newest first; {@code after} is the next page's cursor, absent on the last page. */
    record Cases(List<CaseListRow> content, boolean more, String after) {
    }

    private final CaseList list;
    private final CaseActors actors;

    CaseListApi(CaseList list, CaseActors actors) {
        this.list = list;
        this.actors = actors;
    }

    @Operation(operationId = "listCases", summary = "List and search the cases of the caller's area, newest first,"
            + " a page at a time after a cursor (no total: 'more' says whether a next page exists)")
    @GetMapping("/api/cases")
    Cases cases(@Parameter(description = "status, e.g. APPROVAL") @RequestParam(required = false) String status,
                @Parameter(description = "current process step, e.g. villageMeeting") @RequestParam(required = false) String step,
                @Parameter(description = "program, e.g. SOCIAL_ALLOWANCE") @RequestParam(required = false) String program,
                @Parameter(description = "village of the household") @RequestParam(required = false) String village,
                @Parameter(description = "commune code within the caller's area") @RequestParam(required = false) String commune,
                @Parameter(description = "true: overdue approvals only") @RequestParam(required = false) String overdue,
                @Parameter(description = "cursor of the previous page's 'after'") @RequestParam(required = false) String after,
                @Parameter(description = "page size, 1–200 (50)") @RequestParam(required = false) String size) {
        CaseListPage page = list.page(actors.current(),
                CaseListFilter.of(status, step, program, village, commune, overdue, after, size));
        return new Cases(page.rows(), page.hasMore(), page.nextAfter());
    }
}
