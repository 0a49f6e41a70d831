package org.unkg.extract.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.text.FoldedText;

/**
 * Mints the key of a body the catalog lacks: the acronym the letter gives in parentheses after the name,
 * else "UN" and the initials of the name's capitalised words after the words a name may open with
 * ({@code optional-lead} of {@code names.tsv}, after a {@code determiner}: "United Nations Office for West Africa" →
 * UNOWA), else (a name in a script without capitals) "UNX-" and a short digest of the folded name, so that the same
 * name always gets the same key. Immutable.
 */
public final class KeyMinter {
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Z0-9-]{1,11})\\s*\\)");
    private static final Pattern CAPITAL = Pattern.compile("\\b(\\p{Lu})[\\p{L}-]*");
    private final Pattern lead;

    /** A minter reading off {@code leads} (after one of {@code determiners}) before the initials. */
    public KeyMinter(List<String> determiners, List<String> leads) {
        String determiner = phrases(determiners);
        this.lead = Pattern.compile("^" + (determiner.isEmpty() ? "" : "(?:(?:" + determiner + ")\\s+)?")
                + "(?:" + (leads.isEmpty() ? "(?!)" : phrases(leads)) + ")\\s+", Pattern.CASE_INSENSITIVE);
    }

    private static String phrases(List<String> phrases) {
        return phrases.stream().map(p -> Pattern.quote(p.strip()).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** The key for {@code name}, given the text right after it in the letter. */
    public String mint(String name, String following) {
        Matcher a = ACRONYM.matcher(following);
        if (a.find()) {
            return a.group(1);
        }
        Matcher un = lead.matcher(name);
        String rest = un.find() ? name.substring(un.end()) : name;
        StringBuilder initials = new StringBuilder();
        Matcher c = CAPITAL.matcher(rest);
        while (c.find()) {
            initials.append(c.group(1));
        }
        if (initials.length() >= 1 && rest.chars().anyMatch(Character::isUpperCase)) {
            return "UN" + initials;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(FoldedText.fold(name).getBytes(StandardCharsets.UTF_8));
            return "UNX-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
