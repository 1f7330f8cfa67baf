package vn.ansinh.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The SQL Flowable (MyBatis) and Hibernate send while a piece of work runs, with their parameters written in, for
 * EXPLAIN. Read from their own debug logs; JdbcTemplate's statements are not logged and are explained by the caller.
 */
final class StatementCapture {

    private static final Pattern MYBATIS_PARAM = Pattern.compile("(.*?)\\((\\w+)\\)(, |$)");

    private StatementCapture() {
    }

    static List<String> during(Runnable work) {
        Logger flowable = (Logger) LoggerFactory.getLogger("org.flowable");
        Logger hibernate = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
        Logger binds = (Logger) LoggerFactory.getLogger("org.hibernate.orm.jdbc.bind");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level[] before = {flowable.getLevel(), hibernate.getLevel(), binds.getLevel()};
        for (Logger l : List.of(flowable, hibernate, binds)) {
            l.addAppender(appender);
            l.setAdditive(false);
        }
        flowable.setLevel(Level.DEBUG);
        hibernate.setLevel(Level.DEBUG);
        binds.setLevel(Level.TRACE);
        try {
            work.run();
        } finally {
            Logger[] all = {flowable, hibernate, binds};
            for (int i = 0; i < all.length; i++) {
                all[i].detachAppender(appender);
                all[i].setAdditive(true);
                all[i].setLevel(before[i]);
            }
        }
        List<String> out = new ArrayList<>();
        String pending = null;
        List<String> hibernateBinds = new ArrayList<>();
        for (ILoggingEvent e : appender.list) {
            String m = e.getFormattedMessage().strip();
            if (m.startsWith("==>  Preparing:")) {
                pending = m.substring("==>  Preparing:".length()).strip();
            } else if (m.startsWith("==> Parameters:") && pending != null) {
                out.add(fill(pending, mybatisValues(m.substring("==> Parameters:".length()).strip())));
                pending = null;
            } else if (e.getLoggerName().equals("org.hibernate.SQL")) {
                if (pending != null) {
                    out.add(fill(pending, hibernateBinds));
                }
                pending = m;
                hibernateBinds = new ArrayList<>();
            } else if (e.getLoggerName().startsWith("org.hibernate.orm.jdbc.bind")) {
                Matcher b = Pattern.compile("<- \\[(.*)]$").matcher(m);
                if (b.find()) {
                    hibernateBinds.add("'" + b.group(1).replace("'", "''") + "'");
                }
            }
        }
        if (pending != null && !hibernateBinds.isEmpty()) {
            out.add(fill(pending, hibernateBinds));
        }
        return out;
    }

    private static List<String> mybatisValues(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = MYBATIS_PARAM.matcher(text);
        while (m.find() && !m.group(0).isEmpty()) {
            String v = m.group(1);
            values.add(switch (m.group(2)) {
                case "Integer", "Long", "Boolean", "Double" -> v;
                default -> "'" + v.replace("'", "''") + "'";
            });
            if (m.group(3).isEmpty()) {
                break;
            }
        }
        return values;
    }

    private static String fill(String sql, List<String> values) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?' && next < values.size()) {
                out.append(values.get(next++));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
