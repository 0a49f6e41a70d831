package org.unkg.graph;

import java.util.Locale;

/** Maps an event type key ({@code entry-into-force}) to its class local name ({@code EntryIntoForce}). */
final class EventTypes {
    private EventTypes() {}

    static String className(String type) {
        StringBuilder sb = new StringBuilder();
        for (String part : type.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
