package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/**
 * The search's one query (page and capped count together, HouseholdSearch) at each jurisdiction level: totals and
 * pages past the first, and a household whose search key is too long for V121's covering indexes.
 */
class HouseholdSearchPagingTests extends IntegrationTest {

    private static final String TAG = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("\\d", "");

    private String search(String user, String q, int page) throws Exception {
        return mvc.perform(get("/api/households").param("q", q).param("page", Integer.toString(page)).param("size", "20")
                .with(httpBasic(user, user))).andReturn().getResponse().getContentAsString();
    }

    private long register(String body) throws Exception {
        String saved = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(saved, "$.id")).longValue();
    }

    @Test
    void aSecondPageAndAPagePastTheEndKeepTheTotal() throws Exception {
        String family = "Ôn Trang" + TAG;
        for (int i = 0; i < 23; i++) {
            register(TestHouseholds.json(family + " Số " + i, "12466", family + " Số " + i));
        }
        String q = "on trang" + TAG.toLowerCase();
        for (String user : List.of("canbo.vuphuc", "duyet.tpthaibinh", "policy")) {
            String first = search(user, q, 0);
            assertThat((List<?>) JsonPath.read(first, "$.content")).as(user).hasSize(20);
            assertThat(((Number) JsonPath.read(first, "$.totalElements")).intValue()).as(user).isEqualTo(23);
            assertThat((Boolean) JsonPath.read(first, "$.last")).as(user).isFalse();
            assertThat((Boolean) JsonPath.read(first, "$.totalCapped")).as(user).isFalse();
            String second = search(user, q, 1);
            assertThat((List<String>) JsonPath.read(second, "$.content[*].headName")).as(user).hasSize(3)
                    .allMatch(name -> name.startsWith(family));
            assertThat(((Number) JsonPath.read(second, "$.totalElements")).intValue()).as(user).isEqualTo(23);
            assertThat((Boolean) JsonPath.read(second, "$.last")).as(user).isTrue();
            List<Integer> ids = JsonPath.read(first, "$.content[*].id");
            assertThat(ids).as("by id").isSorted();
            String past = search(user, q, 5);
            assertThat((List<?>) JsonPath.read(past, "$.content")).as(user).isEmpty();
            assertThat(((Number) JsonPath.read(past, "$.totalElements")).intValue()).as(user).isEqualTo(23);
        }
        assertThat((List<?>) JsonPath.read(search("duyet.vuthu", q, 0), "$.content")).as("another district").isEmpty();
    }

    @Test
    void aHouseholdWhoseKeyIsLongerThanTheCoveringIndexesHoldIsFoundAtEveryLevel() throws Exception {
        // 30 members with names of 120 characters: a search key of ≈ 4.000 bytes, beyond V121's indexes (2.000)
        StringBuilder members = new StringBuilder();
        String last = "Cù Thị Cuối" + TAG;
        for (int i = 0; i < 30; i++) {
            String name = i == 29 ? last : "Cù Văn Dài" + TAG + " " + "Đ".repeat(100) + i;
            members.append(i == 0 ? "" : ",").append(String.format("""
                    {"fullName":"%s","sex":"MALE","birthDate":"19%02d-01-01","relation":"%s","cccd":"%s"}""",
                    name.substring(0, Math.min(120, name.length())), 40 + i, i == 0 ? "HEAD" : "OTHER",
                    TestHouseholds.uniqueCccd()));
        }
        long household = register("""
                {"headName":"Cù Văn Dài%s","address":"Số 1","communeCode":"12466","village":"Thôn Đông","agricultural":true,"members":[%s]}"""
                .formatted(TAG, members));
        String q = "cu thi cuoi" + TAG.toLowerCase();
        for (String user : List.of("canbo.vuphuc", "duyet.tpthaibinh", "policy")) {
            String found = search(user, q, 0);
            assertThat((List<Integer>) JsonPath.read(found, "$.content[*].id")).as(user).containsExactly((int) household);
            assertThat((String) JsonPath.read(found, "$.content[0].matchedMember")).as(user).isEqualTo(last);
            assertThat(((Number) JsonPath.read(found, "$.totalElements")).intValue()).as(user).isEqualTo(1);
        }
        assertThat((List<?>) JsonPath.read(search("duyet.vuthu", q, 0), "$.content")).as("another district").isEmpty();
        assertThat((List<?>) JsonPath.read(search("canbo.vuhoi", q, 0), "$.content")).as("another commune").isEmpty();
    }

    @Test
    void theWordsOfTheQueryMustStandAsTypedNotOnlyTheirLettersInOrder() throws Exception {
        // V127's index holds the key without its spaces, where "Tạ Văn Mạnh" and "Tạ Vănm Ạnh" read alike: the
        // search still compares the key as it is, at every level
        long spaced = register(TestHouseholds.json("Tạ Văn Mạnh" + TAG, "12466", "Tạ Văn Mạnh" + TAG));
        long joined = register(TestHouseholds.json("Tạ Vănm Ạnh" + TAG, "12466", "Tạ Vănm Ạnh" + TAG));
        long apart = register(TestHouseholds.json("Tạ Văn" + TAG, "12466", "Tạ Văn" + TAG, "Mạnh" + TAG));
        String tag = TAG.toLowerCase();
        for (String user : List.of("canbo.vuphuc", "duyet.tpthaibinh", "policy")) {
            assertThat((List<Integer>) JsonPath.read(search(user, "ta van manh" + tag, 0), "$.content[*].id")).as(user)
                    .containsExactly((int) spaced);
            assertThat((List<Integer>) JsonPath.read(search(user, "TẠ VĂNM ẠNH" + tag, 0), "$.content[*].id")).as(user)
                    .containsExactly((int) joined);
            assertThat((List<Integer>) JsonPath.read(search(user, "ta van" + tag, 0), "$.content[*].id")).as(user)
                    .containsExactly((int) apart);
            String member = search(user, "manh" + tag, 0);
            assertThat((List<Integer>) JsonPath.read(member, "$.content[*].id")).as(user)
                    .containsExactly((int) spaced, (int) apart);
            assertThat((String) JsonPath.read(member, "$.content[1].matchedMember")).as(user).isEqualTo("Mạnh" + TAG);
        }
    }

    @Test
    void aHouseholdIsFoundByItsCodeWithOrWithoutItsPrefixAtEveryLevel() throws Exception {
        // the trigram index is not asked for "hgd-", which every code begins with; the key still is
        String saved = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Mã Văn Số" + TAG, "12466",
                        "Mã Văn Số" + TAG))).andReturn().getResponse().getContentAsString();
        int household = ((Number) JsonPath.read(saved, "$.id")).intValue();
        String code = JsonPath.read(saved, "$.code");
        assertThat(code).startsWith("HGD-12466-");
        for (String user : List.of("canbo.vuphuc", "duyet.tpthaibinh", "policy")) {
            for (String q : List.of(code, code.toLowerCase(), " " + code + " ", code.substring(4))) {
                String found = search(user, q, 0);
                assertThat((List<Integer>) JsonPath.read(found, "$.content[*].id")).as(user + " " + q).contains(household);
                assertThat((List<String>) JsonPath.read(found, "$.content[*].code")).as(user + " " + q)
                        .allMatch(c -> c.contains(code.substring(4)));
            }
            assertThat((List<Integer>) JsonPath.read(search(user, code + "9", 0), "$.content[*].id")).as(user)
                    .doesNotContain(household);
        }
        assertThat((List<?>) JsonPath.read(search("duyet.vuthu", code, 0), "$.content")).as("another district").isEmpty();
    }
}
