package org.unkg.extract.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.Openings;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RoleWords;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.Diagnostic;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Mention;
import org.unkg.model.Party;
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.Tokens;

/**
 * Reads the sender and the recipient of a letter.
 *
 * <ul>
 *   <li><b>The title line</b> ({@link MetaField#TITLE}, read by the metadata extractor: "Letter dated ... from the
 *       Permanent Representative of Mexico to the United Nations addressed to the Secretary-General", "رسالة مؤرخة ...
 *       موجهة إلى الأمين العام من الممثل الدائم لكازاخستان لدى الأمم المتحدة"): each role phrase ({@code roles.tsv})
 *       takes the slot of the direction word before it (from/من/par: sender; to/إلى/adressée à: recipient), in
 *       either order; a representative's state is the first state the gazetteer finds after the role phrase, before
 *       the words that end it ("to the United Nations", "لدى").</li>
 *   <li><b>Without a title</b>: memo and circular lines at the top ("To: The President of the Security Council",
 *       "From: The Secretary-General", "To all Permanent Representatives ..."; a field naming a person takes the role
 *       on the line under it, else {@code other}), a letterhead naming a role ("THE PRESIDENT OF THE GENERAL ASSEMBLY":
 *       the sender), a note verbale's formula ("The Permanent Mission of X ... presents its compliments to the
 *       Secretary-General": the mission sends, the role after the formula receives).</li>
 *   <li><b>An addressee block</b> ("His Excellency / Mr. Kofi A. Annan / Secretary-General of the United Nations"),
 *       anywhere in the letter, names the recipient when nothing else did; a block that holds the signer's name, or
 *       names the sender's own state, is the writer's, never the addressee.</li>
 *   <li><b>The signature block</b> (the lines under the signer's name) decides the sender's role when the title's is
 *       generic ("the representative of Liberia", a mission's letterhead) or missing, and gives a missing state; in the
 *       French order the titles stand above the name ("Le Président du Conseil de sécurité / (Signé) X").</li>
 *   <li><b>What the letter asks of its addressee</b>, when no recipient was read (no title, or a title cut short by
 *       the page): "in your capacity as Chairman of ..." (that role, else other), a salutation naming a role ("Dear
 *       Mr. Secretary-General,"; "Dear Mr. President,": the President of the organ named first), the Council
 *       members' attention (its President), a request to circulate the letter as a document (the Secretary-General
 *       grants it), a circular's greeting ("Dear Colleagues,", or "Excellency," from the President of the General
 *       Assembly: other); all words in {@code roles.tsv}.</li>
 * </ul>
 * A party whose role belongs to a UN office ({@code body} rows: the Secretary-General, the Presidents of the Council
 * and the Assembly) is also a mention of that office, so {@code UNSG} follows from the role however it is written
 * ("UN SG").
 */
public final class PartyExtractor implements Extractor {
    /** How far before its role a state the role follows is read ("哈萨克斯坦常驻联合国代表": the state, then the role). */
    private static final int STATE_BEFORE_REACH = 40;
    /** The value ({@code roles.tsv}, third column) of a direction word that also stands inside a representative's title. */
    private static final String IN_TITLE = "in-title";
    /** How far (characters) from a role an organization that qualifies it is looked for. */
    private static final int QUALIFIER_REACH = 80;
    /** The row of {@code common/role-bodies.tsv} naming the organization whose offices the roles are (the United Nations). */
    private static final String OWN_ORGANIZATION = "organization";
    private static final int WINDOW = 320;
    private static final int TOP_LINES = 15;
    private static final int SIGNATURE_BLOCK = 250;
    /** How many title lines may stand above a signer's name, and how long each may be. */
    private static final int TITLE_LINES = 4;
    private static final int TITLE_LINE_CHARS = 70;
    private static final int MEMO_GAP = 20;
    /** How many lines under a memo field's label may continue it. */
    private static final int MEMO_FIELD_LINES = 3;
    /** How far after a note verbale's formula its addressee's role starts ("to the Secretary-General of ..."). */
    private static final int COMPLIMENTS_GAP = 15;
    private static final int ADDRESSEE_LINES = 4;
    /** How far into a letter without an opening phrase its salutation is looked for. */
    private static final int SALUTATION_REACH = 1500;
    /** How far under the signer's name an addressee block at the letter's foot may start. */
    private static final int FOOT_REACH = 400;
    /** How far after "my letter" the direction word to its addressee may stand ("of 22 May 2002 (S/2002/589) to the"). */
    private static final int OWN_LETTER_REACH = 80;
    private static final String SECRETARY_GENERAL = "secretary-general";
    private final PhraseMatcher<String> roles;
    /** Title words ({@code title} rows of {@code header.tsv}: "Letter", "رسالة"), for a title's construct sender. */
    private final PhraseMatcher<String> titleWords;
    private final PhraseMatcher<String> from;
    private final PhraseMatcher<String> to;
    private final PhraseMatcher<String> stateStop;
    private final PhraseMatcher<String> circulate;
    private final PhraseMatcher<String> addressee;
    private final PhraseMatcher<String> memoTo;
    private final PhraseMatcher<String> memoFrom;
    private final Openings openings;
    private final PhraseMatcher<String> missionSuffix;
    private final PhraseMatcher<String> blockEnd;
    private final PhraseMatcher<String> capacity;
    private final PhraseMatcher<String> greeting;
    private final PhraseMatcher<String> attention;
    private final PhraseMatcher<String> compliments;
    private final PhraseMatcher<String> sgSelf;
    private final PhraseMatcher<String> sgAddressed;
    private final PhraseMatcher<String> stateSelf;
    private final PhraseMatcher<String> ownLetter;
    private final java.util.Set<String> circularSenders = new java.util.HashSet<>();
    private final Map<String, String> roleBodies = new HashMap<>();
    /** Role phrases (folded tokens) and their roles, in rule order, for titles a PDF extraction scrambled. */
    private final List<Map.Entry<List<String>, String>> rolePhrases = new ArrayList<>();
    private final Gazetteer gazetteer;
    /**
     * Words between a role and the organization that qualifies it ({@code of-organization} in {@code roles.tsv}: "of the",
     * "de la", Arabic's glued ل), folded.
     */
    private final java.util.Set<String> ofOrganization = new java.util.HashSet<>();

    /** The extractor with the role rules ({@code roles.tsv}, {@code header.tsv}) of {@code context}. */
    public PartyExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        RoleWords words = context.roleWords();
        roles = words.roles();
        from = words.from();
        to = words.to();
        stateStop = words.stateStop();
        circulate = words.circulate();
        addressee = words.addressee();
        memoTo = words.memoTo();
        memoFrom = words.memoFrom();
        openings = Openings.of(rules);
        titleWords = PhraseMatcher.ofKind(rules.everyLanguage("header.tsv"), "title");
        missionSuffix = words.missionSuffix();
        List<String[]> roleRows = words.rows();
        blockEnd = PhraseMatcher.ofKind(rules.everyLanguage("signatures.tsv"), "block-end");
        capacity = PhraseMatcher.ofKind(roleRows, "your-capacity");
        greeting = PhraseMatcher.ofKind(roleRows, "salutation");
        attention = PhraseMatcher.ofKind(roleRows, "attention");
        compliments = PhraseMatcher.ofKind(roleRows, "compliments");
        sgSelf = PhraseMatcher.ofKind(roleRows, "sg-self");
        sgAddressed = PhraseMatcher.ofKind(roleRows, "sg-addressed");
        stateSelf = PhraseMatcher.ofKind(roleRows, "state-self");
        ownLetter = PhraseMatcher.ofKind(roleRows, "own-letter");
        for (String[] row : rules.common("circulars.tsv")) {
            circularSenders.add(row[0]);
        }
        for (String[] row : rules.common("role-bodies.tsv")) {
            roleBodies.put(row[0], row[1]);
        }
        for (String[] row : roleRows) {
            if (row[0].equals("role") && row.length >= 3) {
                rolePhrases.add(Map.entry(Tokens.texts(FoldedText.fold(row[1])), row[2]));
            }
        }
        gazetteer = context.gazetteer();
        for (String[] row : roleRows) {
            if (row[0].equals("of-organization") && row.length >= 2) {
                ofOrganization.add(FoldedText.fold(row[1]));
            }
        }
    }

    @Override
    public String name() {
        return "parties";
    }

    @Override
    public boolean changesMentions() {
        return true;
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        String body = letter.body();
        Party[] parties = new Party[2];
        Optional<Span> title = out.meta(MetaField.TITLE).map(Meta::span);
        if (title.isPresent()) {
            fromTitle(letter, title.get(), parties);
        } else {
            fromHeaderLines(body, parties);
            fromCompliments(body, parties);
        }
        if (parties[1] == null) {
            parties[1] = addresseeBlock(body, out.signatories());
        }
        Party signed = signatureBlock(body, out.signatories());
        if (signed != null) {
            parties[0] = decide(parties[0], signed);
        }
        if (parties[0] == null && title.isEmpty()) {
            parties[0] = selfNamedSecretaryGeneral(analysis, out);
        }
        if (parties[1] != null && title.isEmpty() && sameParty(parties[0], parties[1])) {
            // the writer's own block (a signature block no signature mark or close announced) is no addressee
            parties[1] = null;
        }
        List<Party> named = new ArrayList<>();
        for (Party p : parties) {
            if (p != null) {
                named.add(p);
            }
        }
        if (parties[1] == null) {
            parties[1] = inferredRecipient(analysis, body, parties[0], out);
            if (parties[1] != null && out.diagnostics().stream().noneMatch(d -> d.code().equals("recipient-inferred"))) {
                out.add(new Diagnostic("recipient-inferred", "no recipient named: " + parties[1].role()
                        + ", from the words the letter addresses it with", parties[1].span()));
            }
        }
        for (Party p : parties) {
            if (p != null) {
                out.add(p);
            }
        }
        for (Party p : named) {
            if (p.body() != null && p.span() != null
                    && roles.find(body, p.span().start(), p.span().end()).stream().anyMatch(h -> h.start() == p.span().start())) {
                out.add(new Mention(EntityKind.ORGANIZATION, p.body(), body.substring(p.span().start(), p.span().end()), p.span()));
            }
        }
    }

    /** Sender and recipient from the title line, in {@code parties} (sender, recipient). */
    private void fromTitle(LetterText letter, Span title, Party[] parties) {
        String body = letter.body();
        int cue = title.start();
        int lineStart = body.lastIndexOf('\n', Math.max(0, cue - 1)) + 1;
        if (cue == 0) {
            lineStart = 0;
        }
        int lineEnd = body.indexOf('\n', cue);
        int from = Math.max(lineStart, cue - 200);
        int to = Math.min(body.length(), Math.max(title.end(), Math.min(cue + WINDOW, lineEnd < 0 ? body.length() : lineEnd)));
        read(body, from, to, parties, RoleWords.constructSender(titleWords, roles, body, cue, to));
        if (letter.layout() == Layout.VISUAL_PDF && (parties[0] == null) != (parties[1] == null)) {
            Party found = parties[0] != null ? parties[0] : parties[1];
            Party.Slot missing = parties[0] == null ? Party.Slot.SENDER : Party.Slot.RECIPIENT;
            Party guessed = roleFromScrambledTitle(body, lineStart, found, missing);
            parties[missing == Party.Slot.SENDER ? 0 : 1] = guessed;
        }
    }

    /**
     * Role phrases in {@code [from, to)}, each in the slot of the direction word before it; a title's construct
     * ({@link RoleWords#constructSender}, or null) stands for a "from".
     */
    private void read(String body, int from, int to, Party[] parties, PhraseMatcher.Hit<String> construct) {
        List<PhraseMatcher.Hit<String>> roleHits = this.roles.find(body, from, to);
        List<PhraseMatcher.Hit<String>> froms = RoleWords.directions(this.from, body, from, to);
        if (construct != null) {
            froms.add(0, construct);
        }
        List<PhraseMatcher.Hit<String>> tos = RoleWords.directions(this.to, body, from, to);
        int boundary = from;
        for (int i = 0; i < roleHits.size() && (parties[0] == null || parties[1] == null); i++) {
            PhraseMatcher.Hit<String> role = roleHits.get(i);
            Party.Slot slot = slot(froms, tos, boundary, role.start());
            boundary = role.end();
            if (slot == null) {
                continue;
            }
            // the next party's role ends the state; a role phrase no direction word leads to is part of this
            // party ("the Chargé d'affaires a.i. of the Permanent Mission of Qatar") and does not
            int stateLimit = to;
            for (int j = i + 1; j < roleHits.size(); j++) {
                if (slot(froms, tos, roleHits.get(j - 1).end(), roleHits.get(j).start()) != null) {
                    stateLimit = roleHits.get(j).start();
                    break;
                }
            }
            for (PhraseMatcher.Hit<String> t : tos) {
                if (t.start() >= role.end() && t.start() < stateLimit && !IN_TITLE.equals(t.value())) {
                    stateLimit = t.start();
                }
            }
            Party party = party(body, slot, role, stateLimit, directionEnd(froms, tos, role.start()));
            int index = slot == Party.Slot.SENDER ? 0 : 1;
            if (parties[index] == null) {
                parties[index] = party;
            }
        }
    }

    /** The party of a role phrase: its state (for roles that have one) found before {@code stateLimit}. */
    private Party party(String body, Party.Slot slot, PhraseMatcher.Hit<String> role, int stateLimit) {
        return party(body, slot, role, stateLimit, -1);
    }

    /** The end of the last direction word before {@code at}, or -1. */
    private static int directionEnd(List<PhraseMatcher.Hit<String>> froms, List<PhraseMatcher.Hit<String>> tos, int at) {
        int end = -1;
        for (List<PhraseMatcher.Hit<String>> hits : List.of(froms, tos)) {
            for (PhraseMatcher.Hit<String> h : hits) {
                if (h.end() <= at) {
                    end = Math.max(end, h.end());
                }
            }
        }
        return end;
    }

    /**
     * The party of a role phrase: its state (for roles that have one) found before {@code stateLimit}, else, when a
     * language names the state before the role ("哈萨克斯坦常驻联合国代表"), between the direction word that ends at
     * {@code directionEnd} (-1: none) and the role.
     */
    private Party party(String body, Party.Slot slot, PhraseMatcher.Hit<String> role, int stateLimit, int directionEnd) {
        int limit = Math.min(stateLimit, role.end() + 100);
        for (PhraseMatcher.Hit<String> stop : stateStop.find(body, role.end(), Math.max(role.end(), limit))) {
            limit = Math.min(limit, stop.start());
        }
        String state = null;
        Span span = new Span(role.start(), role.end());
        if (hasState(role.value()) && limit > role.end()) {
            List<NameMatch> states = gazetteer.find(body.substring(role.end(), limit), EntityKind.STATE);
            if (!states.isEmpty()) {
                state = states.get(0).key();
                span = new Span(role.start(), role.end() + states.get(0).span().end());
            }
        }
        if (hasState(role.value()) && state == null && directionEnd >= 0 && role.start() - directionEnd <= STATE_BEFORE_REACH) {
            List<NameMatch> states = gazetteer.find(body.substring(directionEnd, role.start()), EntityKind.STATE);
            if (!states.isEmpty()) {
                NameMatch last = states.get(states.size() - 1);
                state = last.key();
                span = new Span(directionEnd + last.span().start(), role.end());
            }
        }
        String office = roleBodies.get(role.value());
        if (office != null && ofAnotherOrganization(body, role, office, limit)) {
            return new Party(slot, "other", null, null, span);
        }
        return new Party(slot, role.value(), state, office, span);
    }

    /**
     * Whether the role phrase {@code role}, a United Nations office's ({@code office}: the Secretary-General, the
     * Presidents of the Council and the Assembly), is qualified by another organization, so that it is that
     * organization's role: the organization right before it ("the Commonwealth Secretary-General", "the OIC
     * Secretary-General") or right after it through an {@code of-organization} link ("the Secretary-General of the
     * League of Arab States", "le Secrétaire général de la Ligue des États arabes", "الأمين العام لجامعة الدول العربية").
     * The United Nations itself ("the United Nations Secretary-General") and the office's own body qualify nothing.
     */
    private boolean ofAnotherOrganization(String body, PhraseMatcher.Hit<String> role, String office, int limit) {
        if (limit <= role.end()) {
            // a title that ends at the role ("dirigida al Secretario General por el / Secretario General"): the rest of
            // its line still qualifies it ("... de la Organización de los Estados Americanos")
            int nl = body.indexOf('\n', role.end());
            limit = nl < 0 ? body.length() : nl;
        }
        int after = Math.max(role.end(), Math.min(limit, role.end() + QUALIFIER_REACH));
        for (NameMatch org : gazetteer.find(body.substring(role.end(), after), EntityKind.ORGANIZATION)) {
            String between = FoldedText.fold(body.substring(role.end(), role.end() + org.span().start()).strip());
            if (between.isEmpty() || ofOrganization.contains(between)) {
                return another(org.key(), office);
            }
            break;
        }
        if (!hasLowerCase(body, role.start(), role.end())) {
            // a title in capitals tells no acronym from a word ("ADRESSEE AU PRESIDENT": "AU" is no African Union)
            return false;
        }
        int before = Math.max(0, role.start() - QUALIFIER_REACH);
        List<NameMatch> orgs = gazetteer.find(body.substring(before, role.start()), EntityKind.ORGANIZATION);
        if (!orgs.isEmpty()) {
            NameMatch last = orgs.get(orgs.size() - 1);
            String between = body.substring(before + last.span().end(), role.start());
            return between.isBlank() && between.indexOf('\n') < 0 && another(last.key(), office);
        }
        return false;
    }

    private static boolean hasLowerCase(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean another(String key, String office) {
        return !key.equals(roleBodies.get(OWN_ORGANIZATION)) && !key.equals(office);
    }

    private static boolean hasState(String role) {
        return role.equals("permanent-representative") || role.equals("charge-d-affaires") || role.equals("other");
    }

    /**
     * Without a title: memo and circular lines ("To: ...", "From: ...", "To all Permanent Representatives") and a
     * letterhead naming a role, in the lines before the body opens.
     */
    private void fromHeaderLines(String body, Party[] parties) {
        int end = topEnd(body);
        int pos = 0;
        while (pos < end) {
            int nl = body.indexOf('\n', pos);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            String line = body.substring(pos, lineEnd);
            if (!line.isBlank()) {
                int lead = pos + (line.length() - line.stripLeading().length());
                Party.Slot slot = memoSlot(body, lead, lineEnd);
                List<PhraseMatcher.Hit<String>> roleHits = roles.find(body, lead, lineEnd);
                if (slot != null && labelled(body, lead, lineEnd)
                        && (roleHits.isEmpty() || roleHits.get(0).start() - lead > MEMO_GAP + 6)) {
                    int index = slot == Party.Slot.SENDER ? 0 : 1;
                    if (parties[index] == null) {
                        parties[index] = memoField(body, slot, lead, lineEnd, end);
                    }
                    roleHits = List.of();
                }
                if (!roleHits.isEmpty()) {
                    PhraseMatcher.Hit<String> role = roleHits.get(0);
                    if (slot != null && role.start() - lead <= MEMO_GAP + 6) {
                        int index = slot == Party.Slot.SENDER ? 0 : 1;
                        if (parties[index] == null) {
                            parties[index] = party(body, slot, role, lineEnd);
                        }
                    } else if (slot == null && parties[0] == null && role.start() - lead <= 5 && !inAddresseeBlock(body, pos)) {
                        // a letterhead: a line that is a role ("THE PRESIDENT OF THE GENERAL ASSEMBLY", "PERMANENT
                        // MISSION OF KENYA TO THE UNITED NATIONS")
                        Party head = party(body, Party.Slot.SENDER, role, lineEnd);
                        if (onlyRole(body, head.span().end(), lineEnd)) {
                            parties[0] = head;
                        }
                    }
                }
            }
            if (nl < 0 || nl >= end) {
                break;
            }
            pos = nl + 1;
        }
    }

    /**
     * A note verbale's first sentence names both parties around its formula ({@code compliments} rows of
     * {@code roles.tsv}): "The Permanent Mission of Japan to the United Nations presents its compliments to the
     * Secretary-General", "تهدي البعثة الدائمة لدولة الكويت ... تحياتها إلى الأمين العام": the role before the formula
     * (in its sentence) is the sender, the role right after it the recipient. Fills only the slots still empty.
     */
    private void fromCompliments(String body, Party[] parties) {
        int limit = Math.min(body.length(), SALUTATION_REACH);
        for (PhraseMatcher.Hit<String> cue : compliments.find(body, 0, limit)) {
            int sentence = sentenceStart(body, cue.start());
            if (parties[0] == null) {
                List<PhraseMatcher.Hit<String>> before = roles.find(body, sentence, cue.start());
                if (!before.isEmpty()) {
                    parties[0] = party(body, Party.Slot.SENDER, before.get(0), cue.start());
                }
            }
            if (parties[1] == null) {
                int reach = Math.min(body.length(), cue.end() + COMPLIMENTS_GAP);
                for (PhraseMatcher.Hit<String> after : roles.find(body, cue.end(), Math.min(body.length(), cue.end() + 150))) {
                    if (after.start() <= reach) {
                        int end = Math.min(body.length(), after.end() + 100);
                        parties[1] = party(body, Party.Slot.RECIPIENT, after, end);
                    }
                    break;
                }
            }
            return;
        }
    }

    /** The start of the sentence (or paragraph) that holds {@code at}. */
    private static int sentenceStart(String body, int at) {
        int start = body.lastIndexOf("\n\n", at);
        start = start < 0 ? 0 : start + 2;
        for (int i = at - 1; i > start; i--) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < body.length() && Character.isWhitespace(body.charAt(i + 1))) {
                return i + 1;
            }
        }
        return start;
    }

    /**
     * A memo field whose first line names a person, not a role ("TO: Mr. Kieran Prendergast"): the role is the one
     * that opens one of the field's next lines ("Under-Secretary-General for Political Affairs"), up to a blank line or
     * the next field; a field that names no role of {@code roles.tsv} is {@code other}.
     */
    private Party memoField(String body, Party.Slot slot, int lead, int lineEnd, int end) {
        int pos = lineEnd + 1;
        for (int i = 0; i < MEMO_FIELD_LINES && pos < end; i++) {
            int nl = body.indexOf('\n', pos);
            int next = nl < 0 || nl > end ? end : nl;
            String line = body.substring(pos, next);
            if (line.isBlank()) {
                break;
            }
            int at = pos + (line.length() - line.stripLeading().length());
            if (memoSlot(body, at, next) != null || !line.startsWith(" ") && !line.startsWith("\t")) {
                break;
            }
            List<PhraseMatcher.Hit<String>> hits = roles.find(body, at, next);
            if (!hits.isEmpty() && hits.get(0).start() - at <= 5) {
                return party(body, slot, hits.get(0), next);
            }
            pos = next + 1;
        }
        return new Party(slot, "other", null, null, new Span(lead, lineEnd));
    }

    /** Whether a memo line's first word is a label ending in a colon ("TO:", "A :", "إلى:"), as a memo's fields are. */
    private boolean labelled(String body, int lead, int lineEnd) {
        int reach = Math.min(lineEnd, lead + MEMO_GAP);
        List<PhraseMatcher.Hit<String>> hits = new ArrayList<>(memoTo.find(body, lead, reach));
        hits.addAll(memoFrom.find(body, lead, reach));
        for (PhraseMatcher.Hit<String> h : hits) {
            if (h.start() == lead && body.substring(h.end(), lineEnd).strip().startsWith(":")) {
                return true;
            }
        }
        return false;
    }

    /** The slot a memo line's first words give ("To:", "From:", "To all"), or null. */
    private Party.Slot memoSlot(String body, int lead, int lineEnd) {
        int reach = Math.min(lineEnd, lead + MEMO_GAP);
        for (PhraseMatcher.Hit<String> h : memoTo.find(body, lead, reach)) {
            if (h.start() == lead) {
                return Party.Slot.RECIPIENT;
            }
        }
        for (PhraseMatcher.Hit<String> h : memoFrom.find(body, lead, reach)) {
            if (h.start() == lead) {
                return Party.Slot.SENDER;
            }
        }
        return null;
    }

    /** Where the body opens: the first opening phrase, else the end of the first {@value #TOP_LINES} lines. */
    private int topEnd(String body) {
        int limit = Math.min(body.length(), 3000);
        int open = openings.first(body, 0, limit);
        int lines = 0;
        int pos = 0;
        while (pos < limit && lines < TOP_LINES) {
            int nl = body.indexOf('\n', pos);
            pos = nl < 0 ? limit : nl + 1;
            lines++;
        }
        int end = Math.min(pos, limit);
        return open < 0 ? end : Math.min(end, open);
    }

    /** Whether what follows a role on its line is at most "to the United Nations" and punctuation. */
    private boolean onlyRole(String body, int from, int lineEnd) {
        // what follows the words that end a representative's state is the mission's seat ("auprès de l'Office des
        // Nations Unies à Genève")
        for (PhraseMatcher.Hit<String> stop : stateStop.find(body, from, lineEnd)) {
            if (body.substring(from, stop.start()).isBlank()) {
                lineEnd = stop.start();
            }
            break;
        }
        String rest = body.substring(from, lineEnd);
        for (PhraseMatcher.Hit<String> s : missionSuffix.find(rest)) {
            rest = rest.substring(0, s.start()) + rest.substring(s.end());
            break;
        }
        return rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether an addressee heading ("His Excellency") stands in the lines just before {@code lineStart}. */
    private boolean inAddresseeBlock(String body, int lineStart) {
        int from = lineStart;
        for (int i = 0; i < ADDRESSEE_LINES && from > 0; i++) {
            from = body.lastIndexOf('\n', from - 2) + 1;
        }
        return !addressee.find(body, from, lineStart).isEmpty();
    }

    /**
     * The recipient an addressee block names: a role in the lines after "His Excellency", or null. A block that holds
     * a signer's name is the signature block ("H.E. Mr. X / Permanent Observer of ..."), never the addressee.
     */
    private Party addresseeBlock(String body, List<Signatory> signatories) {
        for (PhraseMatcher.Hit<String> head : addressee.find(body)) {
            int lineStart = body.lastIndexOf('\n', Math.max(0, head.start() - 1)) + 1;
            if (head.start() == 0) {
                lineStart = 0;
            }
            if (!body.substring(lineStart, head.start()).isBlank()) {
                continue;
            }
            int end = head.end();
            for (int i = 0; i < ADDRESSEE_LINES && end >= 0 && end < body.length(); i++) {
                end = body.indexOf('\n', end + 1);
            }
            end = end < 0 ? body.length() : end;
            if (signs(signatories, head.start(), end)) {
                continue;
            }
            List<PhraseMatcher.Hit<String>> roleHits = roles.find(body, head.end(), end);
            if (!roleHits.isEmpty()) {
                return party(body, Party.Slot.RECIPIENT, roleHits.get(0), end);
            }
            if (atFoot(body, head.start(), signatories)) {
                // the addressee's block under the signature names an official of no role of roles.tsv ("His
                // Excellency / Dr. X / Under Secretary for Foreign Affairs / Manila, Philippines"): other, of the
                // state the block names
                List<NameMatch> states = gazetteer.find(body.substring(head.end(), end), EntityKind.STATE);
                return new Party(Party.Slot.RECIPIENT, "other", states.isEmpty() ? null : states.get(0).key(), null,
                        new Span(head.start(), end));
            }
        }
        return null;
    }

    /**
     * Whether an addressee heading at {@code at} stands at the letter's foot: after the signer's name, within
     * {@value #FOOT_REACH} characters of it, with no annex heading between (an annex's own addressee is not the
     * letter's).
     */
    private boolean atFoot(String body, int at, List<Signatory> signatories) {
        if (signatories.isEmpty() || signatories.get(0).span() == null) {
            return false;
        }
        int signed = signatories.get(0).span().end();
        return at > signed && at - signed <= FOOT_REACH && blockEnd.find(body, signed, at).isEmpty();
    }

    /**
     * A letter whose header and signature block name no sender, written in the Secretary-General's own words of himself
     * ({@code sg-self} rows of {@code roles.tsv}: "my Special Representative", "my intention to appoint"), and in none
     * of a State's writer ({@code state-self}: "my Government", "my country"): the Secretary-General's, with the
     * mention of his office the role carries. Null otherwise.
     */
    private Party selfNamedSecretaryGeneral(LetterAnalysis analysis, LetterFacts out) {
        List<PhraseMatcher.Hit<String>> cues = sgSelf.find(analysis.folded());
        if (cues.isEmpty() || !stateSelf.find(analysis.folded()).isEmpty()) {
            return null;
        }
        PhraseMatcher.Hit<String> cue = cues.get(0);
        Span at = new Span(cue.start(), cue.end());
        String office = roleBodies.get(SECRETARY_GENERAL);
        if (office != null) {
            out.add(new Mention(EntityKind.ORGANIZATION, office, analysis.letter().body().substring(cue.start(), cue.end()), at));
        }
        out.add(new Diagnostic("sender-inferred", "no sender named: the letter speaks of the Secretary-General's own envoys or appointments", at));
        return new Party(Party.Slot.SENDER, SECRETARY_GENERAL, null, office, at);
    }

    /**
     * The addressee of the writer's earlier letter ({@code own-letter} rows: "my letter of 22 May 2002 to the President
     * of the Security Council", "ma lettre du 3 juin adressée au Président du Conseil"): the role right after the
     * direction word that follows the cue in its sentence, or null.
     */
    private Party ownLettersAddressee(String body, LetterAnalysis analysis) {
        for (PhraseMatcher.Hit<String> cue : ownLetter.find(analysis.folded())) {
            int reach = Math.min(body.length(), cue.end() + OWN_LETTER_REACH);
            int stop = body.indexOf(". ", cue.end());
            if (stop >= 0 && stop < reach) {
                reach = stop;
            }
            List<PhraseMatcher.Hit<String>> tos = RoleWords.directions(to, body, cue.end(), reach);
            if (tos.isEmpty()) {
                continue;
            }
            PhraseMatcher.Hit<String> direction = tos.get(0);
            for (PhraseMatcher.Hit<String> role : roles.find(body, direction.end(), Math.min(body.length(), direction.end() + 150))) {
                if (role.start() - direction.end() <= 6) {
                    return party(body, Party.Slot.RECIPIENT, role, Math.min(body.length(), role.end() + 100));
                }
                break;
            }
        }
        return null;
    }

    /**
     * Whether two parties are one side: of the same state (a mission and its representative), or the same role of no
     * state (an unnamed "other" on both sides is not enough).
     */
    private static boolean sameParty(Party a, Party b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.state() != null || b.state() != null) {
            return java.util.Objects.equals(a.state(), b.state());
        }
        return a.role().equals(b.role()) && !a.role().equals("other");
    }

    /** Whether a signer's name stands in {@code [from, to)}. */
    private static boolean signs(List<Signatory> signatories, int from, int to) {
        for (Signatory s : signatories) {
            if (s.span() != null && s.span().start() < to && s.span().end() > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * The recipient of a letter that names none in a title, memo line or addressee block, from what the letter asks
     * of its addressee, in this order: "in your capacity as Chairman of ..." (the role after it, else {@code other});
     * a salutation naming a role as the body's first words ("Dear Mr. Secretary-General,"; "Dear Mr. President,":
     * the President of the organ, of the roles the rule lists, the letter names first); a request only the President of the Council grants
     * ("bring ... to the attention of the members of the Security Council"), unless the sender is that President, whose
     * reply ("your letter ... has been brought to the attention of the members") is to the Secretary-General when it
     * addresses him with his own words ({@code sg-addressed} rows of {@code roles.tsv}: "your Special Envoy", "your
     * intention to appoint"); a request to circulate the letter (the
     * Secretary-General's to grant); a bare salutation ("Excellency,") from a sender of circulars ({@code
     * common/circulars.tsv}: the President of the General Assembly writing to all Member States), or a salutation
     * greeting many ("Dear Colleagues,", rows of value {@code many}): {@code other}.
     */
    private Party inferredRecipient(LetterAnalysis analysis, String body, Party sender, LetterFacts out) {
        for (PhraseMatcher.Hit<String> cue : capacity.find(analysis.folded())) {
            int reach = Math.min(body.length(), cue.end() + 12);
            for (PhraseMatcher.Hit<String> role : roles.find(body, cue.end(), Math.min(body.length(), cue.end() + 150))) {
                if (role.start() <= reach) {
                    int lineEnd = body.indexOf('\n', role.end());
                    return party(body, Party.Slot.RECIPIENT, role, lineEnd < 0 ? body.length() : lineEnd);
                }
                break;
            }
            return new Party(Party.Slot.RECIPIENT, "other", null, null, new Span(cue.start(), cue.end()));
        }
        int limit = Math.min(body.length(), 3000);
        int open = openings.first(body, 0, limit);
        String greeted = null;
        Span greetedAt = null;
        // the salutation: at a line start, ended by a comma or the line's end, before the body's first opening
        int reach = open >= 0 ? Math.min(limit, open + 60) : Math.min(limit, SALUTATION_REACH);
        for (PhraseMatcher.Hit<String> g : greeting.find(body, 0, reach)) {
            if (open >= 0 && g.start() > open) {
                break;
            }
            int lineStart = body.lastIndexOf('\n', Math.max(0, g.start() - 1)) + 1;
            String after = body.substring(g.end(), Math.min(body.length(), g.end() + 3)).stripLeading();
            if ((g.start() == 0 || body.substring(lineStart, g.start()).isBlank())
                    && (after.isEmpty() || ",:!\u060C".indexOf(after.charAt(0)) >= 0)) {
                greeted = g.value();
                greetedAt = new Span(g.start(), g.end());
                break;
            }
        }
        if (greeted != null && roleBodies.containsKey(greeted)) {
            return new Party(Party.Slot.RECIPIENT, greeted, null, roleBodies.get(greeted), greetedAt);
        }
        if (greeted != null && greeted.contains("|")) {
            List<String> candidates = List.of(greeted.split("\\|"));
            String role = firstOrgansRole(body, greetedAt.end(), candidates);
            // a letter that names none of the organs ("the members of the Council"): the rule's first role
            role = role != null ? role : candidates.get(0);
            return new Party(Party.Slot.RECIPIENT, role, null, roleBodies.get(role), greetedAt);
        }
        if ("many".equals(greeted)) {
            return new Party(Party.Slot.RECIPIENT, "other", null, null, greetedAt);
        }
        for (PhraseMatcher.Hit<String> ask : attention.find(analysis.folded())) {
            if (sender == null || !ask.value().equals(sender.role())) {
                return new Party(Party.Slot.RECIPIENT, ask.value(), null, roleBodies.get(ask.value()), new Span(ask.start(), ask.end()));
            }
            // the President reporting that a letter "has been brought to the attention of the members": a reply, to
            // the Secretary-General when it addresses him with his own words ("your Special Envoy")
            for (PhraseMatcher.Hit<String> you : sgAddressed.find(analysis.folded())) {
                return new Party(Party.Slot.RECIPIENT, "secretary-general", null, roleBodies.get("secretary-general"),
                        new Span(you.start(), you.end()));
            }
            break;
        }
        List<PhraseMatcher.Hit<String>> asks = circulate.find(analysis.folded());
        if (!asks.isEmpty()) {
            PhraseMatcher.Hit<String> ask = asks.get(0);
            Party sg = new Party(Party.Slot.RECIPIENT, "secretary-general", null, roleBodies.get("secretary-general"),
                    new Span(ask.start(), ask.end()));
            out.add(new Diagnostic("recipient-inferred", "no recipient named: the request to circulate the letter is the Secretary-General's to grant",
                    sg.span()));
            return sg;
        }
        if ("other".equals(greeted) && sender != null && circularSenders.contains(sender.role())) {
            return new Party(Party.Slot.RECIPIENT, "other", null, null, greetedAt);
        }
        return ownLettersAddressee(body, analysis);
    }

    /**
     * Of {@code candidates} (roles whose office is an organ, {@code role-bodies.tsv}: a salutation "Dear Mr. President,"
     * may greet the President of either), the one whose organ the letter names first after {@code from}, or null.
     */
    private String firstOrgansRole(String body, int from, List<String> candidates) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        List<NameMatch> orgs = gazetteer.find(body.substring(from), EntityKind.ORGANIZATION);
        for (String role : candidates) {
            String organ = roleBodies.get(role);
            for (NameMatch n : orgs) {
                if (n.key().equals(organ) && n.span().start() < bestAt) {
                    best = role;
                    bestAt = n.span().start();
                }
            }
        }
        return best;
    }

    /** The role the signature block gives (the lines under the signer's name), or null. */
    private Party signatureBlock(String body, List<Signatory> signatories) {
        if (signatories.isEmpty() || signatories.get(0).span() == null) {
            return null;
        }
        int start = signatories.get(0).span().end();
        int end = Math.min(body.length(), start + SIGNATURE_BLOCK);
        for (PhraseMatcher.Hit<String> stop : blockEnd.find(body, start, end)) {
            end = stop.start();
            break;
        }
        int blank = body.indexOf("\n\n", start);
        if (blank >= 0 && blank < end && !body.substring(start, blank).isBlank()) {
            end = blank;
        }
        // an addressee block under the signature ("His Excellency / Dr. X / Minister for Foreign Affairs") is not the
        // signer's
        for (PhraseMatcher.Hit<String> head : addressee.find(body, start, end)) {
            int lineStart = body.lastIndexOf('\n', Math.max(0, head.start() - 1)) + 1;
            if (lineStart > start && body.substring(lineStart, head.start()).isBlank()) {
                end = lineStart;
                break;
            }
        }
        List<PhraseMatcher.Hit<String>> roleHits = roles.find(body, start, end);
        if (!roleHits.isEmpty()) {
            return party(body, Party.Slot.SENDER, roleHits.get(0), end);
        }
        // the French order: the signer's titles stand above the name ("Le Président du Conseil de sécurité /
        // (Signé) X", "L'Ambassadeur, / Représentant permanent / (Signé) X")
        int above = titleLinesAbove(body, signatories.get(0).span().start());
        roleHits = roles.find(body, above, signatories.get(0).span().start());
        if (roleHits.isEmpty()) {
            return null;
        }
        PhraseMatcher.Hit<String> role = roleHits.get(0);
        int lineEnd = body.indexOf('\n', role.end());
        return party(body, Party.Slot.SENDER, role, lineEnd < 0 ? body.length() : Math.min(lineEnd, signatories.get(0).span().start()));
    }

    /**
     * The start of the title lines right above a signer's name: up to {@value #TITLE_LINES} short lines with no blank
     * line between, none ending a sentence (the body's last paragraph is not a title).
     */
    private static int titleLinesAbove(String body, int nameStart) {
        int top = body.lastIndexOf('\n', Math.max(0, nameStart - 1)) + 1;
        for (int i = 0; i < TITLE_LINES && top > 0; i++) {
            int start = body.lastIndexOf('\n', top - 2) + 1;
            String line = body.substring(start, top - 1).strip();
            if (line.isEmpty() || line.length() > TITLE_LINE_CHARS || line.endsWith(".") || line.endsWith(";")) {
                break;
            }
            top = start;
        }
        return top;
    }

    /**
     * The sender when the signature block names a role: it replaces a generic or missing one ("other" without a
     * state, or "other" that the block specifies), and gives a state the title's same role lacks.
     */
    private static Party decide(Party titled, Party signed) {
        if (titled == null) {
            return signed;
        }
        if (titled.role().equals(signed.role())) {
            return titled.state() == null && signed.state() != null
                    ? new Party(titled.slot(), titled.role(), signed.state(), titled.body(), titled.span()) : titled;
        }
        boolean specific = signed.role().equals("permanent-representative") || signed.role().equals("charge-d-affaires");
        if (titled.role().equals("other") && specific
                && (titled.state() == null || signed.state() == null || titled.state().equals(signed.state()))) {
            return new Party(titled.slot(), signed.role(), signed.state() != null ? signed.state() : titled.state(),
                    signed.body(), signed.span());
        }
        return titled;
    }

    /**
     * In a title whose words a visual-order PDF extraction scrambled ("... رئيس إلى ... الأمن مجلس"), the phrase of
     * the other party may no longer stand together: take the one role, other than the role already read, all of
     * whose words occur in the title's first two lines.
     */
    private Party roleFromScrambledTitle(String body, int lineStart, Party found, Party.Slot missing) {
        int end = lineStart;
        for (int lines = 0; lines < 2 && end >= 0 && end < body.length(); lines++) {
            end = body.indexOf('\n', end + 1);
        }
        if (end < 0) {
            end = body.length();
        }
        end = Math.min(end, lineStart + WINDOW);
        java.util.Set<String> words = new java.util.HashSet<>(Tokens.texts(FoldedText.fold(body.substring(lineStart, end))));
        String best = null;
        int bestLength = 0;
        for (Map.Entry<List<String>, String> role : rolePhrases) {
            if (role.getValue().equals(found.role()) || role.getValue().equals("other")) {
                continue;
            }
            List<String> phrase = role.getKey();
            if (phrase.size() > 1 && words.containsAll(phrase) && phrase.size() > bestLength) {
                best = role.getValue();
                bestLength = phrase.size();
            }
        }
        return best == null ? null : new Party(missing, best, null, roleBodies.get(best), new Span(lineStart, end));
    }

    /** The slot of the last direction word between {@code from} and {@code roleStart}, or null. */
    private static Party.Slot slot(List<PhraseMatcher.Hit<String>> froms, List<PhraseMatcher.Hit<String>> tos, int from, int roleStart) {
        int lastFrom = last(froms, from, roleStart);
        int lastTo = last(tos, from, roleStart);
        if (lastFrom < 0 && lastTo < 0) {
            return null;
        }
        return lastFrom > lastTo ? Party.Slot.SENDER : Party.Slot.RECIPIENT;
    }

    private static int last(List<PhraseMatcher.Hit<String>> hits, int from, int to) {
        int last = -1;
        for (PhraseMatcher.Hit<String> h : hits) {
            if (h.start() >= from && h.end() <= to) {
                last = h.start();
            }
        }
        return last;
    }
}
