package vn.ansinh.eligibility.bulk;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Rows in PostgreSQL's COPY text format (tab between columns, a newline after each row, {@code \N} for null, a
 * backslash, tab, newline or carriage return inside a value escaped by a backslash), built in memory and sent with one
 * {@code COPY … FROM STDIN}: one statement for a chunk's rows instead of a bound insert per row. JSON values are written
 * by Jackson straight into the buffer as UTF-8 (no String in between), through one generator per writer (a generator
 * per value cost its buffers' taking and giving back each time); Jackson escapes every control character inside a
 * JSON string, so of a JSON text only its backslashes need doubling.
 *
 * <p>Either all rows in memory, then {@link #copy} (small sets of rows), or {@link #streaming}: the COPY is opened
 * first and the rows are sent each time the buffer holds {@code flushBytes}, so a chunk's ≈ 5 MB of decisions never
 * sit in memory at once (a buffer of that size, grown by doubling, was a large object for the collector at each chunk
 * of each thread), and the server stores the first rows while the next are written.
 */
final class CopyRows {

    private byte[] bytes;
    private int size;
    private int rows;
    private boolean rowStarted;
    private final OutputStream escaping = new Escaping();
    /** One generator per writer used (a chunk alternates two: the input's and the result's). */
    private final java.util.IdentityHashMap<ObjectWriter, JsonGenerator> generators = new java.util.IdentityHashMap<>(4);
    private CopyIn in;
    private int flushBytes = Integer.MAX_VALUE;
    private long sendNanos;

    /** Rows of about {@code expectedBytes} in all (the buffer grows beyond it when needed). */
    CopyRows(int expectedBytes) {
        bytes = new byte[Math.max(1024, expectedBytes)];
    }

    /**
     * Rows sent by {@code copySql} ({@code copy table (columns) from stdin}) on this connection as they are written,
     * {@code flushBytes} at a time; end with {@link #finish}, and {@link #cancel} in a {@code finally} (nothing else can
     * run on the connection while the COPY is open).
     */
    static CopyRows streaming(Connection connection, String copySql, int flushBytes) throws SQLException {
        CopyRows rows = new CopyRows(flushBytes + flushBytes / 4);
        rows.flushBytes = flushBytes;
        rows.in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        return rows;
    }

    CopyRows() {
        this(64 * 1024);
    }

    /** A text value (null as {@code \N}). */
    CopyRows text(String value) {
        separate();
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            escape(utf8, 0, utf8.length);
        }
        return this;
    }

    /** A number. */
    CopyRows number(long value) {
        separate();
        String s = Long.toString(value);
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
        return this;
    }

    /**
     * A value as JSON, written by {@code writer}: the same text as {@code writer.writeValueAsString(value)}. One generator
     * for all the values of the same writer (no separator between them), flushed into the buffer after each.
     */
    CopyRows json(ObjectWriter writer, Object value) {
        separate();
        JsonGenerator generator = generators.computeIfAbsent(writer,
                w -> w.withRootValueSeparator((String) null).createGenerator(escaping));
        writer.writeValue(generator, value);
        generator.flush();
        return this;
    }

    /** Ends the row (streaming: sends the rows so far once they fill {@code flushBytes}). */
    void endRow() {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        if (in != null && size >= flushBytes) {
            send();
        }
    }

    /** Streaming: sends the last rows and ends the COPY; the rows copied. */
    long finish() throws SQLException {
        closeGenerator();
        send();
        long copied = in.endCopy();
        in = null;
        return copied;
    }

    /** Streaming: cancels the COPY if it is still open (after a failure; the transaction rolls back). */
    void cancel() {
        try {
            if (in != null && in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway; the failure that brought us here is the one to report
        } finally {
            in = null;
        }
    }

    /** Time spent sending rows to the server (streaming), in nanoseconds. */
    long sendNanos() {
        return sendNanos;
    }

    private void send() {
        if (size == 0) {
            return;
        }
        long start = System.nanoTime();
        try {
            in.writeToCopy(bytes, 0, size);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
        size = 0;
        sendNanos += System.nanoTime() - start;
    }

    private void closeGenerator() {
        generators.values().forEach(JsonGenerator::close);
        generators.clear();
    }

    int rows() {
        return rows;
    }

    /** Sends the rows with {@code copySql} ({@code copy table (columns) from stdin}) on this connection; the rows copied. */
    long copy(Connection connection, String copySql) throws SQLException {
        closeGenerator();
        if (rows == 0) {
            return 0;
        }
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            in.writeToCopy(bytes, 0, size);
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** The text as it would be sent (for tests). */
    String asText() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void separate() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    /** Copies {@code b[off, off + len)}, runs without a special byte at once, a backslash before each special one. */
    private void escape(byte[] b, int off, int len) {
        ensure(len * 2);
        byte[] out = bytes;
        int at = size;
        int run = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            // '\t' 9, '\n' 10, '\r' 13, '\\' 92; bytes of multi-byte UTF-8 characters are negative
            if (c == '\\' || (c <= '\r' && c >= '\t' && c != 11 && c != 12)) {
                System.arraycopy(b, run, out, at, i - run);
                at += i - run;
                out[at++] = '\\';
                out[at++] = switch (c) {
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case '\t' -> 't';
                    default -> '\\';
                };
                run = i + 1;
            }
        }
        System.arraycopy(b, run, out, at, end - run);
        size = at + end - run;
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Jackson's output, escaped into the buffer (UTF-8: a byte of a multi-byte character is never an ASCII one). */
    private final class Escaping extends OutputStream {

        @Override
        public void write(int b) {
            escape(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            escape(b, off, len);
        }

        @Override
        public void close() {
            // Jackson closes its target after a value; the buffer stays open for the next one
        }
    }
}
