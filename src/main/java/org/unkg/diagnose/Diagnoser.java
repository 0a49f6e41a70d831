package org.unkg.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unkg.model.Diagnostic;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Party;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;

/**
 * Lists what could not be read in a letter: the gaps every letter is checked for (no date, no symbol, no sender,
 * no recipient, no signatory, a representative without a state, no title line and an unknown layout), then the
 * diagnostics the extractors recorded themselves ({@link Diagnostic}: an office named in an event but not resolved,
 * a task list with no owner, an extractor that failed, ...). Absences a layout explains are not gaps: a UNBIS
 * one-line record states no symbol and no distribution date.
 */
public final class Diagnoser {
    /** The codes of the gaps every letter is checked for, with what each means (the README's table). */
    public static final List<String[]> CHECKS = List.of(
            new String[] {"unreadable", "the file could not be read (binary, empty, not UTF-8)"},
            new String[] {"unknown-layout", "no UN header, no symbol and no title line: a layout the rules do not know"},
            new String[] {"no-title", "no title line (\"Letter dated ... from ... addressed to ...\"): parties and date come from elsewhere or not at all"},
            new String[] {"no-date", "the letter's date was not read"},
            new String[] {"no-symbol", "no document symbol in the header, title or running header (not checked for UNBIS one-line records)"},
            new String[] {"no-issued", "a Distr. header whose distribution date was not read"},
            new String[] {"no-sender", "the sender's role was not read"},
            new String[] {"no-recipient", "the recipient's role was not read"},
            new String[] {"representative-without-state", "a permanent representative or chargé d'affaires whose state was not read"},
            new String[] {"no-signatory", "nobody was read as signing the letter"});

    /** Codes the letter-metadata and party extractors record for values they inferred rather than read. */
    public static final List<String[]> INFERRED = List.of(
            new String[] {"date-from-header", "no title line: the letter's date is a date line of its header (distribution or letterhead date) or by its closing"},
            new String[] {"recipient-inferred", "no recipient named: inferred from what the letter asks (to circulate it: the Secretary-General; the Council members' attention: its President), its salutation, \"in your capacity as\" or a circular's greeting"});

    /** Codes the event and mandate extractors record for what they found but could not attach (the README's table). */
    public static final List<String[]> EXTRACTED = List.of(
            new String[] {"event-subject-unresolved", "a body's event (establishment, closure, ...) whose office is named but not resolved"},
            new String[] {"task-list-without-owner", "a list of functions or tasks no office could be found for: no mandate is read"});

    /** The gaps of a letter read as {@code text} whose facts are {@code facts}. */
    public LetterDiagnosis diagnose(LetterText text, LetterFacts facts) {
        List<LetterDiagnosis.Gap> gaps = new ArrayList<>();
        Optional<Meta> date = facts.meta(MetaField.DATE);
        Optional<Meta> symbol = facts.meta(MetaField.SYMBOL);
        boolean title = facts.meta(MetaField.TITLE).isPresent();
        boolean record = text.layout() == Layout.UNBIS_ONE_LINE;
        if (!title && symbol.isEmpty() && text.layout() == Layout.PLAIN) {
            gaps.add(absent("unknown-layout", "plain text without a UN header or a title line"));
        } else if (!title) {
            gaps.add(absent("no-title", ""));
        }
        if (date.isEmpty()) {
            gaps.add(absent("no-date", ""));
        }
        if (symbol.isEmpty() && !record) {
            gaps.add(absent("no-symbol", ""));
        }
        if (text.layout() == Layout.DISTR_HEADER && facts.meta(MetaField.ISSUED).isEmpty()) {
            gaps.add(absent("no-issued", ""));
        }
        for (Party.Slot slot : Party.Slot.values()) {
            Optional<Party> party = facts.parties().stream().filter(p -> p.slot() == slot).findFirst();
            String name = slot == Party.Slot.SENDER ? "sender" : "recipient";
            if (party.isEmpty()) {
                gaps.add(absent("no-" + name, ""));
            } else if (party.get().state() == null && (party.get().role().equals("permanent-representative")
                    || party.get().role().equals("charge-d-affaires"))) {
                gaps.add(gap(text, "representative-without-state", name + " " + party.get().role(),
                        party.get().span() == null ? -1 : party.get().span().start(),
                        party.get().span() == null ? -1 : party.get().span().end()));
            }
        }
        if (facts.signatories().isEmpty()) {
            gaps.add(absent("no-signatory", ""));
        }
        for (Diagnostic d : facts.diagnostics()) {
            gaps.add(gap(text, d.code(), d.detail(), d.span() == null ? -1 : d.span().start(), d.span() == null ? -1 : d.span().end()));
        }
        return new LetterDiagnosis(text.source(), text.layout().name(), text.language(),
                date.map(Meta::value).orElse(""), symbol.map(Meta::value).orElse(""), gaps);
    }

    /** A letter that could not be read at all. */
    public LetterDiagnosis unreadable(String letter, String reason) {
        return new LetterDiagnosis(letter, "", "", "", "", List.of(absent("unreadable", reason)));
    }

    private static LetterDiagnosis.Gap absent(String code, String detail) {
        return new LetterDiagnosis.Gap(code, detail, -1, -1, "");
    }

    private static LetterDiagnosis.Gap gap(LetterText text, String code, String detail, int start, int end) {
        String body = text.body();
        String words = start >= 0 && end <= body.length() && start <= end
                ? body.substring(start, end).replaceAll("\\s+", " ").strip() : "";
        return new LetterDiagnosis.Gap(code, detail, start, end, words);
    }
}
