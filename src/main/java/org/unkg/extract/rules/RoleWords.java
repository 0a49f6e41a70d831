package org.unkg.extract.rules;

import java.util.List;

/**
 * The role and direction words of title lines, addressee blocks and signature blocks: every language's
 * {@code roles.tsv}, compiled once for the extraction context and shared by the extractors that read parties (the
 * header's title, the parties, the signatory). Immutable and thread-safe.
 *
 * @param roles         role phrases ({@code role}), each with the role it is
 * @param from          words before the sender ({@code from})
 * @param to            words before the recipient ({@code to})
 * @param stateStop     words after which a representative's state is no longer looked for ({@code state-stop})
 * @param missionSuffix words after a state that still belong to the party ({@code mission-suffix})
 * @param circulate     a request to circulate the letter ({@code circulate})
 * @param addressee     words heading an addressee block ({@code addressee})
 * @param memoTo        words opening a memo's recipient line ({@code memo-to})
 * @param memoFrom      words opening a memo's sender line ({@code memo-from})
 * @param rows          the rows of every language's {@code roles.tsv}, for readers of other kinds
 */
public record RoleWords(PhraseMatcher<String> roles, PhraseMatcher<String> from, PhraseMatcher<String> to,
                        PhraseMatcher<String> stateStop, PhraseMatcher<String> missionSuffix,
                        PhraseMatcher<String> circulate, PhraseMatcher<String> addressee, PhraseMatcher<String> memoTo,
                        PhraseMatcher<String> memoFrom, List<String[]> rows) {
    /** How far from a title's start its title word may end, and how far after it the construct's role may end. */
    private static final int CONSTRUCT_TITLE_REACH = 40;
    private static final int CONSTRUCT_ROLE_REACH = 80;

    /** The role words of every language of {@code rules}. */
    public static RoleWords of(RuleFiles rules) {
        List<String[]> rows = rules.everyLanguage("roles.tsv");
        return new RoleWords(PhraseMatcher.ofKind(rows, "role"), PhraseMatcher.ofKind(rows, "from"),
                PhraseMatcher.ofKind(rows, "to"), PhraseMatcher.ofKind(rows, "state-stop"),
                PhraseMatcher.ofKind(rows, "mission-suffix"), PhraseMatcher.ofKind(rows, "circulate"),
                PhraseMatcher.ofKind(rows, "addressee"), PhraseMatcher.ofKind(rows, "memo-to"),
                PhraseMatcher.ofKind(rows, "memo-from"), List.copyOf(rows));
    }

    /**
     * The direction words ({@code words}: {@link #from()} or {@link #to()}) in {@code [start, end)} of {@code text}, less
     * those glued by a hyphen or an apostrophe to the next word: a name's particle ("Al-Kidwa", "El-Hadj") is no
     * direction word, though another language writes the same letters as one (Spanish "al").
     */
    public static List<PhraseMatcher.Hit<String>> directions(PhraseMatcher<String> words, String text, int start, int end) {
        List<PhraseMatcher.Hit<String>> hits = new java.util.ArrayList<>(words.find(text, start, end));
        hits.removeIf(h -> h.end() + 1 < text.length() && "-'\u2019".indexOf(text.charAt(h.end())) >= 0
                && Character.isLetter(text.charAt(h.end() + 1)));
        return hits;
    }

    /**
     * The sender a title names right after its title word, with no direction word between: an Arabic construct
     * ("رسالة الممثل الدائم للكويت ...": the Permanent Representative's letter, "رسالة الأمين العام إلى ..."). Returns a
     * direction hit over the title word that stands for the missing "from", or null when a role does not follow the
     * title word at {@code titleStart} directly (before {@code end}).
     */
    public static PhraseMatcher.Hit<String> constructSender(PhraseMatcher<String> titles, PhraseMatcher<String> roles,
                                                            String text, int titleStart, int end) {
        int limit = Math.min(end, text.length());
        PhraseMatcher.Hit<String> title = null;
        for (PhraseMatcher.Hit<String> t : titles.find(text, titleStart, Math.min(limit, titleStart + CONSTRUCT_TITLE_REACH))) {
            if (t.start() == titleStart && (title == null || t.end() > title.end())) {
                title = t;
            }
        }
        if (title == null) {
            return null;
        }
        int pos = title.end();
        while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos == title.end() || pos >= limit) {
            return null;
        }
        for (PhraseMatcher.Hit<String> role : roles.find(text, pos, Math.min(limit, pos + CONSTRUCT_ROLE_REACH))) {
            return role.start() == pos ? new PhraseMatcher.Hit<>(title.start(), title.end(), "construct") : null;
        }
        return null;
    }
}
