package org.unkg.export.timeline;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.unkg.graph.Ids;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Vocab;
import org.unkg.model.DateValue;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Span;
import org.unkg.model.Task;
import org.unkg.store.BuildRunner;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.OffsetText;

/**
 * A real TDB2 store built from hand-written letter facts through {@link LetterGraphWriter}: the Central
 * Africa office (UNOCA) established in an Arabic letter and its English version, given a stated mandate
 * period, then extended; a Tajikistan office (UNTOP) established for a year, extended, and closed when a
 * regional centre (UNRCCA) opens; a regional organization (ECCAS) taking part in a meeting.
 */
final class TimelineFixture {
    static final String CATALOG = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://w3id.org/unkg/id/org/UNOCA> a unkg:PoliticalMission ; skos:notation "UNOCA" ;
                skos:prefLabel "United Nations Regional Office for Central Africa"@en ,
                               "مكتب الأمم المتحدة الإقليمي لوسط أفريقيا"@ar .
            <https://w3id.org/unkg/id/org/UNTOP> a unkg:PoliticalMission ; skos:notation "UNTOP" ;
                skos:prefLabel "United Nations Tajikistan Office of Peacebuilding"@en ,
                               "مكتب الأمم المتحدة لبناء السلام في طاجيكستان"@ar ,
                               "Bureau des Nations Unies pour la consolidation de la paix au Tadjikistan"@fr .
            <https://w3id.org/unkg/id/org/UNRCCA> a unkg:PoliticalMission ; skos:notation "UNRCCA" ;
                skos:prefLabel "United Nations Regional Centre for Preventive Diplomacy for Central Asia"@en ,
                               "مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لمنطقة آسيا الوسطى"@ar .
            <https://w3id.org/unkg/id/org/UNOWA> a unkg:PoliticalMission ; skos:notation "UNOWA" ;
                skos:prefLabel "United Nations Office for West Africa"@en .
            <https://w3id.org/unkg/id/org/ECCAS> a unkg:RegionalOrganization ; skos:notation "ECCAS" ;
                skos:prefLabel "Economic Community of Central African States"@en ,
                               "الجماعة الاقتصادية لدول وسط أفريقيا"@ar .
            <https://w3id.org/unkg/id/state/GAB> a unkg:State ; skos:notation "GAB" ; skos:prefLabel "Gabon"@en , "غابون"@ar .
            """;

    /** Arabic letter on UNOCA; its English version states the same establishment. */
    static final String UNOCA_AR = "أتشرف بإبلاغكم بأن مكتب الأمم المتحدة الإقليمي لوسط أفريقيا سيبدأ عمله في ليبرفيل "
            + "اعتبارا من 1 كانون الثاني/يناير 2011 لفترة أولية مدتها سنتان تنتهي في 28 شباط/فبراير 2013، "
            + "بالتعاون مع الجماعة الاقتصادية لدول وسط أفريقيا، وسيتولى المهام التالية: \"التنسيق\"، والإنذار المبكر.";
    static final String UNOCA_EN = "I have the honour to inform you that the United Nations Regional Office for Central "
            + "Africa will start its operations in Libreville as from 1 January 2011 for an initial period of two years "
            + "ending on 28 February 2013, in cooperation with the Economic Community of Central African States.";
    static final String UNOCA_EXT = "أود أن أحيطكم علما بأن المجلس قرر تمديد ولاية المكتب حتى 28 شباط/فبراير 2014.";
    static final String UNTOP_LETTER = "I wish to inform you that the Office in Tajikistan began on 1 June 2000 for one year, "
            + "its mandate was extended until 1 June 2006, and the Office will close in May 2007 when the Regional Centre "
            + "for Central Asia opens in December 2007.";

    private TimelineFixture() {}

    /** Builds the store in {@code dir} (with the repository's ontology graph) and opens it with the union default graph. */
    static Dataset build(Path dir) throws IOException {
        Model catalog = ModelFactory.createDefaultModel().read(new StringReader(CATALOG), null, "TTL");
        Model ontology = BuildRunner.loadOntology(Path.of("ontology"));
        LetterGraphWriter writer = new LetterGraphWriter(new KeyIndex(catalog), "test");
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog);
            ds.addNamedModel(Vocab.ONTOLOGY_GRAPH, ontology);
            add(ds, writer, letter("ltr_unoca_ar.txt", UNOCA_AR, "ar"), unocaFacts(UNOCA_AR, "2010-08-30", "S/2010/457", "ar"));
            add(ds, writer, letter("ltr_unoca_en.txt", UNOCA_EN, "en"), unocaFacts(UNOCA_EN, "2010-08-30", "S/2010/457", "en"));
            add(ds, writer, letter("ltr_unoca_ext.txt", UNOCA_EXT, "ar"), extensionFacts());
            add(ds, writer, letter("ltr_untop.txt", UNTOP_LETTER, "en"), untopFacts());
        });
        return ds;
    }

    private static void add(Dataset ds, LetterGraphWriter writer, LetterText text, LetterFacts facts) {
        ds.addNamedModel(Ids.letterGraph(text.stem()), writer.write(text, facts));
    }

    static LetterText letter(String name, String body, String language) {
        return new LetterText(name, body, OffsetText.identity(body), OffsetText.identity(body), Layout.PLAIN, language);
    }

    static Span span(String body, String words) {
        int at = body.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the letter: " + words);
        }
        return new Span(at, at + words.length());
    }

    private static LetterFacts unocaFacts(String body, String date, String symbol, String lang) {
        LetterFacts f = new LetterFacts();
        Span head = new Span(0, 5);
        f.add(new Meta(MetaField.DATE, date, head));
        f.add(new Meta(MetaField.SYMBOL, symbol, head));
        f.add(new Meta(MetaField.LANGUAGE, lang, head));
        String start = lang.equals("ar") ? "سيبدأ عمله في ليبرفيل اعتبارا من 1 كانون الثاني/يناير 2011"
                : "will start its operations in Libreville as from 1 January 2011";
        f.add(new Event("establishment", "UNOCA", DateValue.parse("2011-01-01"), null, "decided", List.of("ECCAS"),
                span(body, start)));
        if (lang.equals("ar")) {
            Span period = span(body, "لفترة أولية مدتها سنتان تنتهي في 28 شباط/فبراير 2013");
            f.add(new Mandate("UNOCA", List.of(new Task(1, "\"التنسيق\"", span(body, "\"التنسيق\"")),
                    new Task(2, "الإنذار المبكر", span(body, "الإنذار المبكر"))),
                    DateValue.parse("2011-01-01"), DateValue.parse("2013-02-28"), period));
        }
        return f;
    }

    private static LetterFacts extensionFacts() {
        LetterFacts f = new LetterFacts();
        f.add(new Meta(MetaField.DATE, "2013-02-20", new Span(0, 3)));
        f.add(new Event("extension", "UNOCA", DateValue.parse("2014-02-28"), null, "decided", List.of(),
                span(UNOCA_EXT, "تمديد ولاية المكتب حتى 28 شباط/فبراير 2014")));
        return f;
    }

    private static LetterFacts untopFacts() {
        LetterFacts f = new LetterFacts();
        f.add(new Meta(MetaField.DATE, "2007-05-07", new Span(0, 3)));
        f.add(new Meta(MetaField.SYMBOL, "S/2007/999", new Span(0, 3)));
        f.add(new Event("establishment", "UNTOP", DateValue.parse("2000-06-01"), DateValue.parse("2001-06-01"), null,
                List.of(), span(UNTOP_LETTER, "began on 1 June 2000 for one year")));
        f.add(new Event("extension", "UNTOP", DateValue.parse("2006-06-01"), null, null, List.of(),
                span(UNTOP_LETTER, "its mandate was extended until 1 June 2006")));
        f.add(new Event("closure", "UNTOP", DateValue.parse("2007-05"), null, "announced", List.of(),
                span(UNTOP_LETTER, "will close in May 2007")));
        f.add(new Event("establishment", "UNRCCA", DateValue.parse("2007-12"), null, "announced", List.of(),
                span(UNTOP_LETTER, "Regional Centre for Central Asia opens in December 2007")));
        return f;
    }
}
