package org.unkg.extract.mention;

import org.unkg.extract.mention.NameTokens.Gap;
import org.unkg.extract.mention.NameTokens.Tok;

/**
 * Where a name starting (or ending) at a word runs to. A Latin-script name is a run of capitalized words, with
 * initials ("R.M.", "B."), particles inside it ("de", "bin", "al-"), a generational or regnal suffix ("III", "VI"),
 * possibly over a line break; words the rules call not-names end it. An Arabic name is up to four units (a word, or
 * "عبد"/"بن"/"ولد" and the next word) up to a stop word or punctuation, ending at the first word with the article.
 */
final class NameExtents {
    static final int MAX_LATIN_WORDS = 6;
    static final int MAX_ARABIC_UNITS = 4;
    /** Units of an Arabic name after a Gulf or royal style, which chains father's and grandfather's names. */
    static final int MAX_CHAINED_UNITS = 5;

    private NameExtents() {}


    /** End (exclusive) of the name starting at word {@code j}, or {@code j} when none starts there. */
    static int scan(NameTokens toks, NameRules r, int j) {
        if (j >= toks.size()) {
            return j;
        }
        return toks.get(j).arabic() ? scanArabic(toks, r, j) : scanLatin(toks, r, j);
    }

    static int scanLatin(NameTokens toks, NameRules r, int j) {
        int n = toks.size();
        int k = j;
        int end = j;
        // particles do not count: "Saud Al Faisal bin Abdulaziz Al Saud" is five name words
        int particles = 0;
        int particlesToEnd = 0;
        while (k < n && k - j - particles < MAX_LATIN_WORDS + 2) {
            Tok t = toks.get(k);
            if (k > j && t.gap() != Gap.SPACE || t.arabic()) {
                break;
            }
            if (nameWord(r, t) || t.initial() && !r.notName.contains(t.folded()) || k > j && inner(toks, r, k)) {
                end = k + 1;
                particlesToEnd = particles;
                k++;
                continue;
            }
            if (k > j && r.particles.contains(t.folded())) {
                int m = k;
                while (m < n && r.particles.contains(toks.get(m).folded()) && (m == k || toks.get(m).gap() == Gap.SPACE)) {
                    m++;
                }
                particles += m - k;
                if (m < n && toks.get(m).gap() == Gap.SPACE && nameWord(r, toks.get(m))) {
                    k = m;
                    continue;
                }
                break;
            }
            if (end > j && r.suffixes.contains(t.text())) {
                end = k + 1;
            }
            break;
        }
        // a name does not end on a lone initial ("... Kofi A.")
        while (end > j && toks.get(end - 1).initial() && end - 1 > j && !toks.get(end - 2).initial()
                && end < n && toks.get(end).gap() != Gap.SPACE) {
            end--;
        }
        return end - j - particlesToEnd > MAX_LATIN_WORDS ? j : end;
    }

    /**
     * Whether word {@code k}, inside a name, continues it although the rules call it no name on its own: a middle
     * initial that is also an honorific ("Marty M. Natalegawa": "M." is French "Monsieur") between two name words, or
     * a capitalized word of {@code inner-word} rows ("Bui The Giang", "Nguyen Van An") on the line of the name word
     * before it, followed on that line by a name word or by nothing.
     */
    private static boolean inner(NameTokens toks, NameRules r, int k) {
        Tok t = toks.get(k);
        boolean nameAfter = k + 1 < toks.size() && toks.get(k + 1).gap() == Gap.SPACE && nameWord(r, toks.get(k + 1));
        if (t.initial()) {
            return nameAfter && (nameWord(r, toks.get(k - 1)) || toks.get(k - 1).initial());
        }
        if (!t.capitalized() || !r.innerWords.contains(t.folded()) || t.gap() != Gap.SPACE
                || toks.body().substring(toks.get(k - 1).end(), t.start()).indexOf('\n') >= 0
                || !(nameWord(r, toks.get(k - 1)) || r.innerWords.contains(toks.get(k - 1).folded()))) {
            return false;
        }
        // between name words on its line, or ending the name ("Nguyen Van An.") where no word follows on its line
        if (nameAfter) {
            return toks.body().substring(t.end(), toks.get(k + 1).start()).indexOf('\n') < 0;
        }
        return k + 1 >= toks.size() || toks.get(k + 1).gap() != Gap.SPACE
                || toks.body().substring(t.end(), toks.get(k + 1).start()).indexOf('\n') >= 0;
    }

    /** Whether a Latin word can be part of a person's or a place's name. */
    static boolean nameWord(NameRules r, Tok t) {
        if (t.arabic() || t.initial()) {
            return false;
        }
        String f = t.folded();
        if (r.notName.contains(f) || r.notName.contains(f.endsWith(".") ? f.substring(0, f.length() - 1) : f)) {
            return false;
        }
        if (t.capitalized()) {
            return true;
        }
        // "al-Qaysi", "bin-Talal": a particle joined to a capitalized word
        int hyphen = t.text().indexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && r.particles.contains(f.substring(0, hyphen + 1))
                && Character.isUpperCase(t.text().codePointAt(hyphen + 1));
    }

    static int scanArabic(NameTokens toks, NameRules r, int j) {
        int n = toks.size();
        int k = j;
        int end = j;
        int units = 0;
        // after a Gulf or royal style ("الشيخ", "الأمير") the name runs over its articled parts ("صباح الأحمد الجابر الصباح")
        boolean chain = j > 0 && toks.get(j).gap() == Gap.SPACE && r.chainTitle(toks.get(j - 1).folded());
        boolean articledSeen = false;
        while (k < n) {
            Tok t = toks.get(k);
            if (!t.arabic() || k > j && t.gap() != Gap.SPACE && t.gap() != Gap.HYPHEN) {
                break;
            }
            String f = t.folded();
            if (k > j && particle(toks, r, k)) {
                // a particle of a transliterated name between its words ("ألفارو دي سوتو", "ماكس فان دير ستول")
                k++;
                continue;
            }
            if (k > j && innerName(toks, r, k)) {
                // a stop word that is also a given name, between two name words ("محمود علي يوسف")
                end = ++k;
                units++;
                continue;
            }
            // a word with a clitic and the article ("بالمهام", "للبعثة") is no name; a conjunction and a noun with a
            // pronoun ("وحكومته", "وممثليها") opens none
            // a given name that begins with a clitic's letter ("لامين") is no stop word behind that clitic ("أمين")
            if (!r.cliticNames.contains(f) && r.arabicStop(f) || r.honorifics.contains(f) || k > j && r.cliticHonorific(f)
                    || r.cliticArticled(t)
                    || r.notNameStart.contains(f) || k == j && r.arabic.conjunctionAndPronoun(t.text())) {
                break;
            }
            if (articledSeen && !r.compounds.contains(f) && !r.articled(t)) {
                // past an articled part of a chained name, only articled parts and بن/آل chains go on
                break;
            }
            if (r.compounds.contains(f) && k + 1 < n && toks.get(k + 1).arabic() && toks.get(k + 1).gap() == Gap.SPACE
                    && !r.arabicStop(toks.get(k + 1).folded())) {
                int m = k + 1;
                while (m + 1 < n && r.compounds.contains(toks.get(m).folded()) && toks.get(m + 1).arabic()
                        && toks.get(m + 1).gap() == Gap.SPACE) {
                    m++;
                }
                k = m + 1;
                while (k < n && toks.get(k).gap() == Gap.SPACE && r.compoundsAfter.contains(toks.get(k).folded())) {
                    k++;
                }
                end = k;
                units++;
            } else if (r.articled(t)) {
                if (k == j) {
                    break;
                }
                if (r.compoundsAfter.contains(f)) {
                    end = ++k;
                    continue;
                }
                if (commonNoun(r, f, articledSeen)) {
                    // the verb's object after a name ("أبلغ السيد مارتن الوفد", "تسلم الشيخ X الرسالة"): a noun that starts no name
                    break;
                }
                end = ++k;
                units++;
                if (!chain) {
                    break;
                }
                articledSeen = true;
            } else {
                end = ++k;
                units++;
            }
            if (units > (chain ? MAX_CHAINED_UNITS : MAX_ARABIC_UNITS)) {
                return j;
            }
        }
        return end;
    }

    /**
     * Whether the folded articled word, without its article, is a word that starts no name ("الرسالة", "الوفد") or,
     * past the articled parts of a chained name ({@code chained}), one that ends a name ("النائب").
     */
    private static boolean commonNoun(NameRules r, String folded, boolean chained) {
        String stem = folded.substring(r.arabic.article().length());
        return r.notNameStart.contains(stem) || chained && (r.ends.contains(stem) || r.stops.contains(stem));
    }

    /**
     * Whether word {@code k} is an {@code inner-name} ("علي") between a name word without the article and another name
     * word: a word that is no stop word, has no article or clitic and article, and starts names.
     */
    private static boolean innerName(NameTokens toks, NameRules r, int k) {
        if (!r.innerNames.contains(toks.get(k).folded()) || k + 1 >= toks.size() || r.articled(toks.get(k - 1))) {
            return false;
        }
        Tok next = toks.get(k + 1);
        String f = next.folded();
        return next.arabic() && next.gap() == Gap.SPACE && !r.arabicStop(f) && !r.articled(next) && !r.cliticArticled(next)
                && !r.notNameStart.contains(f) && !r.innerNames.contains(f);
    }

    /** Whether word {@code k} is an Arabic-script particle ({@code particle}: "دي", "فان") with a name word after it. */
    private static boolean particle(NameTokens toks, NameRules r, int k) {
        if (!r.particles.contains(toks.get(k).folded()) || k + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(k + 1);
        String f = next.folded();
        return next.arabic() && next.gap() == Gap.SPACE && (r.particles.contains(f) || !r.arabicStop(f) && !r.articled(next)
                && !r.notNameStart.contains(f) && !r.cliticArticled(next));
    }

    /** Start of the name ending with word {@code j} (inclusive), or {@code j + 1} when none ends there. */
    static int scanBack(NameTokens toks, NameRules r, int j) {
        if (j < 0) {
            return j + 1;
        }
        if (toks.get(j).arabic()) {
            return scanBackArabic(toks, r, j);
        }
        int first = j + 1;
        int k = j;
        while (k >= 0 && j - k < MAX_LATIN_WORDS + 2) {
            Tok t = toks.get(k);
            if (t.arabic()) {
                break;
            }
            if (nameWord(r, t) || t.initial() && k < j || k == j && r.suffixes.contains(t.text()) && k > 0) {
                first = k;
            } else if (k < j && r.particles.contains(t.folded()) && k > 0 && toks.get(k).gap() == Gap.SPACE
                    && nameWord(r, toks.get(k - 1))) {
                // a particle inside the name: keep going
            } else {
                break;
            }
            if (t.gap() != Gap.SPACE) {
                break;
            }
            k--;
        }
        if (first <= j && j - first + 1 > MAX_LATIN_WORDS) {
            return j + 1;
        }
        return first;
    }

    static int scanBackArabic(NameTokens toks, NameRules r, int j) {
        int first = j + 1;
        int units = 0;
        int k = j;
        while (k >= 0 && units < 2) {
            Tok t = toks.get(k);
            if (!t.arabic()) {
                break;
            }
            String f = t.folded();
            // a word with a clitic and the article ("للشؤون القانونية", "بالمهام") is no name's
            if (r.arabicStop(f) || r.honorifics.contains(f) || r.cliticArticled(t)) {
                break;
            }
            boolean afterCompound = k > 0 && t.gap() == Gap.SPACE && r.compounds.contains(toks.get(k - 1).folded());
            if (r.articled(t) && k < j && !r.compoundsAfter.contains(f) && !afterCompound && !articledPair(toks, r, k, j)) {
                break;
            }
            first = afterCompound ? k - 1 : k;
            units++;
            if (toks.get(first).gap() != Gap.SPACE && toks.get(first).gap() != Gap.HYPHEN) {
                break;
            }
            k = first - 1;
            if (k >= 0 && r.compounds.contains(toks.get(k).folded()) && units == 2) {
                first = k;
                break;
            }
        }
        if (first <= j && r.articled(toks.get(first)) && !articledPair(toks, r, first, j)) {
            return j + 1;
        }
        // read back from a role, a word that starts no name opens none ("نائب رئيس مجلس الوزراء، وزير الخارجية")
        if (first <= j && r.notNameStart.contains(toks.get(first).folded())) {
            return j + 1;
        }
        return first;
    }

    /**
     * Whether words {@code k} and {@code j} are a two-word name whose both words carry the article ("الأخضر
     * الإبراهيمي", "Lakhdar Brahimi"): the next word after {@code k} is {@code j}, both articled, and the name opens a
     * clause (nothing before it, a stop word such as بأن, or punctuation) so it is no phrase's tail ("الأمين العام").
     */
    private static boolean articledPair(NameTokens toks, NameRules r, int k, int j) {
        if (j != k + 1 || !r.articled(toks.get(k)) || !r.articled(toks.get(j))
                || toks.get(j).gap() != Gap.SPACE) {
            return false;
        }
        if (k == 0 || toks.get(k).gap() != Gap.SPACE) {
            return true;
        }
        Tok before = toks.get(k - 1);
        return before.arabic() && r.arabicStop(before.folded());
    }

}
