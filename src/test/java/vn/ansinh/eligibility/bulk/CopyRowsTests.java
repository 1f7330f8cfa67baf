package vn.ansinh.eligibility.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.support.IntegrationTest;

/** What a chunk sends by COPY is read back from PostgreSQL exactly as written: escapes, nulls, JSON, Vietnamese. */
class CopyRowsTests extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired JsonMapper json;

    @Test
    void textNumbersNullsAndJsonComeBackAsWritten() {
        String awkward = "Thôn \"Đông\"\tlối 2\\3\nhộ\r— 1.500.000 đ";
        Map<String, Object> value = Map.of("message", awkward, "path", "C:\\rules\\a.drl", "n", 7);
        List<Map<String, Object>> back = tx.execute(s -> {
            jdbc.execute("create temp table copy_rows_test (n bigint, t text, nothing text, j text, empty text) on commit drop");
            CopyRows rows = new CopyRows();
            rows.number(-42).text(awkward).text(null).json(json.writer(), value).text("").endRow();
            rows.number(Long.MAX_VALUE).text("\\N").text("a\\tb").json(json.writer(), List.of("\\", "\"")).text("x").endRow();
            long copied = jdbc.execute((ConnectionCallback<Long>) con -> rows.copy(con,
                    "copy copy_rows_test (n, t, nothing, j, empty) from stdin"));
            assertThat(copied).isEqualTo(2);
            return jdbc.queryForList("select * from copy_rows_test order by n");
        });

        assertThat(back.get(0)).containsEntry("n", -42L).containsEntry("t", awkward).containsEntry("nothing", null)
                .containsEntry("j", json.writeValueAsString(value)).containsEntry("empty", "");
        assertThat(back.get(1)).containsEntry("n", Long.MAX_VALUE).containsEntry("t", "\\N").containsEntry("nothing", "a\\tb")
                .containsEntry("j", json.writeValueAsString(List.of("\\", "\""))).containsEntry("empty", "x");
    }

    /**
     * Streamed a few rows at a time (a flush every 64 bytes here, so rows and JSON values are cut across messages), two
     * JSON values a row from two writers through the reused generators: every row and value comes back as written,
     * each JSON the text {@code writeValueAsString} gives (no separator between values).
     */
    @Test
    void streamedRowsComeBackAsWrittenAcrossFlushes() {
        tools.jackson.databind.ObjectWriter maps = json.writerFor(Map.class);
        tools.jackson.databind.ObjectWriter lists = json.writerFor(List.class);
        List<Map<String, Object>> back = tx.execute(s -> {
            jdbc.execute("create temp table copy_rows_stream (n bigint, a text, b text) on commit drop");
            long copied = jdbc.execute((ConnectionCallback<Long>) con -> {
                CopyRows rows = CopyRows.streaming(con, "copy copy_rows_stream (n, a, b) from stdin", 64);
                try {
                    for (int i = 0; i < 300; i++) {
                        rows.number(i).json(maps, Map.of("i", i, "s", "Hộ\t" + i + "\n\\"))
                                .json(lists, List.of(i, "x" + i)).endRow();
                    }
                    return rows.finish();
                } finally {
                    rows.cancel();
                }
            });
            assertThat(copied).isEqualTo(300);
            return jdbc.queryForList("select * from copy_rows_stream order by n");
        });

        assertThat(back).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(back.get(i)).containsEntry("n", (long) i)
                    .containsEntry("a", maps.writeValueAsString(Map.of("i", i, "s", "Hộ\t" + i + "\n\\")))
                    .containsEntry("b", lists.writeValueAsString(List.of(i, "x" + i)));
        }
    }

    @Test
    void noRowsSendNothing() {
        assertThat(jdbc.execute((ConnectionCallback<Long>) con -> new CopyRows().copy(con, "copy nowhere from stdin"))).isZero();
    }
}
