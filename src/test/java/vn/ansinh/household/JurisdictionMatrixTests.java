package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/**
 * Role × {own commune, neighbour commune in the same district, commune in another district} × {list, read, edit}.
 * The viewer's "own" commune is Vũ Phúc (12466, district 336); the neighbour is Lê Hồng Phong (12433, 336);
 * the other district's commune is Vũ Hội (13255, Vũ Thư 344).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionMatrixTests extends IntegrationTest {

    enum Place { OWN, NEIGHBOUR, OTHER_DISTRICT }

    @Autowired
    JdbcTemplate jdbc;

    private final Map<Place, Long> households = new java.util.EnumMap<>(Place.class);
    private final Map<Place, String> bodies = new java.util.EnumMap<>(Place.class);

    @BeforeAll
    void registerOneHouseholdInEachPlace() throws Exception {
        register(Place.OWN, "canbo.vuphuc", "12466", "Ma Trận Vũ Phúc");
        register(Place.NEIGHBOUR, "canbo.lehongphong", "12433", "Ma Trận Lê Hồng Phong");
        register(Place.OTHER_DISTRICT, "canbo.vuhoi", "13255", "Ma Trận Vũ Hội");
    }

    private void register(Place place, String officer, String commune, String name) throws Exception {
        String body = mvc.perform(post("/api/households").with(httpBasic(officer, officer))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json(name, commune, name)))
                .andReturn().getResponse().getContentAsString();
        households.put(place, ((Number) JsonPath.read(body, "$.id")).longValue());
        bodies.put(place, body.replaceAll("\"version\":\\d+,", ""));
    }

    /** user, place, may list, read status, edit status. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("canbo.vuphuc", Place.OWN, true, 200, 200),
                Arguments.of("canbo.vuphuc", Place.NEIGHBOUR, false, 404, 404),
                Arguments.of("canbo.vuphuc", Place.OTHER_DISTRICT, false, 404, 404),
                Arguments.of("duyet.tpthaibinh", Place.OWN, true, 200, 403),
                Arguments.of("duyet.tpthaibinh", Place.NEIGHBOUR, true, 200, 403),
                Arguments.of("duyet.tpthaibinh", Place.OTHER_DISTRICT, false, 404, 404),
                Arguments.of("chitra.tpthaibinh", Place.OWN, true, 200, 403),
                Arguments.of("chitra.tpthaibinh", Place.OTHER_DISTRICT, false, 404, 404),
                Arguments.of("policy", Place.OWN, true, 200, 403),
                Arguments.of("policy", Place.NEIGHBOUR, true, 200, 403),
                Arguments.of("policy", Place.OTHER_DISTRICT, true, 200, 403),
                Arguments.of("admin", Place.OTHER_DISTRICT, true, 200, 200));
    }

    @ParameterizedTest(name = "{0} on {1}: list={2} read={3} edit={4}")
    @MethodSource("matrix")
    void eachRoleSeesAndEditsExactlyItsOwnArea(String user, Place place, boolean listed, int read, int edit) throws Exception {
        long id = households.get(place);
        String list = mvc.perform(get("/api/households").param("q", "ma tran").param("size", "200")
                .with(httpBasic(user, user))).andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(list, "$.content[*].id");
        assertThat(ids.stream().map(Number::longValue).toList().contains(id)).as("listed").isEqualTo(listed);

        assertThat(mvc.perform(get("/api/households/" + id).with(httpBasic(user, user)))
                .andReturn().getResponse().getStatus()).as("read").isEqualTo(read);
        assertThat(mvc.perform(put("/api/households/" + id).with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content(bodies.get(place)))
                .andReturn().getResponse().getStatus()).as("edit").isEqualTo(edit);
    }

    /** The case list of each place's commune (issue 10): user, place, status (200 listed, 404 outside, 403 no case work). */
    static Stream<Arguments> caseListMatrix() {
        return Stream.of(
                Arguments.of("canbo.vuphuc", "12466", 200),
                Arguments.of("canbo.vuphuc", "12433", 404),
                Arguments.of("canbo.vuphuc", "13255", 404),
                Arguments.of("duyet.tpthaibinh", "12466", 200),
                Arguments.of("duyet.tpthaibinh", "12433", 200),
                Arguments.of("duyet.tpthaibinh", "13255", 404),
                Arguments.of("duyet.tinh", "13255", 200),
                Arguments.of("admin", "13255", 200),
                Arguments.of("chitra.tpthaibinh", "12466", 403),
                Arguments.of("policy", "12466", 403));
    }

    @ParameterizedTest(name = "{0} lists the cases of commune {1}: {2}")
    @MethodSource("caseListMatrix")
    void eachRoleListsTheCasesOfItsOwnAreaOnly(String user, String commune, int expected) throws Exception {
        String refusal = expected == 404 ? "CASE_ACCESS_REFUSED" : expected == 403 ? "ACT_REFUSED" : null;
        long last = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        assertThat(mvc.perform(get("/api/cases").param("commune", commune).with(httpBasic(user, user)))
                .andReturn().getResponse().getStatus()).isEqualTo(expected);
        List<String> refusals = jdbc.queryForList("select action from audit_entry where id > ? and username = ?"
                + " and refusal", String.class, last, user);
        if (refusal == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).contains(refusal);
        }
    }

    @Test
    void aRefusedReadIsAudited() throws Exception {
        long id = households.get(Place.OTHER_DISTRICT);
        mvc.perform(get("/api/households/" + id).with(httpBasic("canbo.vuphuc", "canbo.vuphuc")));
        Integer refusals = jdbc.queryForObject("select count(*) from audit_entry where action = 'HOUSEHOLD_ACCESS_REFUSED'"
                + " and subject_id = ? and username = 'canbo.vuphuc' and role = 'COMMUNE_OFFICER'", Integer.class, String.valueOf(id));
        assertThat(refusals).isPositive();
    }

    @Test
    void aRefusedEditIsAuditedThoughTheRequestRollsBack() throws Exception {
        long id = households.get(Place.NEIGHBOUR);
        int before = refusalsOf(id, "canbo.vuphuc");
        mvc.perform(put("/api/households/" + id).with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .contentType(MediaType.APPLICATION_JSON).content(bodies.get(Place.NEIGHBOUR)));
        assertThat(refusalsOf(id, "canbo.vuphuc")).isEqualTo(before + 1);
    }

    @Test
    void aChangeIsAuditedWithWhoAndFromWhere() throws Exception {
        long id = households.get(Place.OWN);
        mvc.perform(put("/api/households/" + id).with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .with(request -> { request.setRemoteAddr("10.1.2.3"); return request; })
                .contentType(MediaType.APPLICATION_JSON).content(bodies.get(Place.OWN)));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'HOUSEHOLD_UPDATED' and subject_id = ?"
                + " and username = 'canbo.vuphuc' and jurisdiction = 'commune:12466' and remote_addr = '10.1.2.3'",
                Integer.class, String.valueOf(id))).isPositive();
    }

    private int refusalsOf(long id, String user) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'HOUSEHOLD_ACCESS_REFUSED'"
                + " and subject_id = ? and username = ?", Integer.class, String.valueOf(id), user);
    }

    @Test
    void theAuditTrailCannotBeRewritten() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("append-only");
    }

    @Test
    void aCommuneOfficerCannotRegisterInAnotherCommune() throws Exception {
        int status = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Sai Xã", "13255", "Sai Xã")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void aDistrictApproverCannotRegisterHouseholds() throws Exception {
        int status = mvc.perform(post("/api/households").with(httpBasic("duyet.tpthaibinh", "duyet.tpthaibinh"))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Không Quyền", "12466", "Không Quyền")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }
}
