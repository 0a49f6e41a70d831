package org.unkg.export.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How each event type bounds an office's mandate periods ({@code start}, {@code renew}, {@code end}), read
 * from the rule file {@code period-roles.tsv} beside this class.
 */
final class PeriodRoles {
    /** What an event does to the running mandate period. */
    enum Role { START, RENEW, END }

    private final Map<String, Role> roles;

    private PeriodRoles(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    /** The rules shipped with unkg. */
    static PeriodRoles load() {
        Map<String, Role> roles = new HashMap<>();
        try (InputStream in = PeriodRoles.class.getResourceAsStream("period-roles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("period-roles.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException("period-roles.tsv: expected 'type<TAB>role': " + line);
                }
                roles.put(cols[0].strip(), Role.valueOf(cols[1].strip().toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PeriodRoles(roles);
    }

    /** The role of {@code type}, or null when it does not bound periods (a meeting, a report). */
    Role of(String type) {
        return roles.get(type);
    }
}
