package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.catalog.Catalog;
import org.unkg.extract.fact.EntityKind;
import org.unkg.extract.fact.Event;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Mention;
import org.unkg.text.LetterReader;

/** Whole-pipeline checks on hand-written Arabic (and French) letters of the genre, over the real catalog. */
class ArabicLetterVariantsTest {
    private static ExtractionPipeline pipeline;
    private static LetterReader reader;

    @BeforeAll
    static void load() throws Exception {
        Catalog catalog = Catalog.load(Path.of("data", "catalog"));
        pipeline = new ExtractionPipeline(Extractors.defaults(), new ExtractionContext(catalog));
        reader = catalog.reader();
    }

    private static LetterFacts run(String name, String text) throws Exception {
        return pipeline.run(reader.read(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static java.util.List<String> persons(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::label).toList();
    }

    @Test
    void aPersonNamedAfterAnHonorificIsAPersonUpToTheRoleOrComma() throws Exception {
        LetterFacts f = run("hon.txt", "رسالة مؤرخة 4 آذار/مارس 2008 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أود إبلاغكم بأنني عينت السيد يوسف بكري ممثلا خاصا لي. وحضر الاجتماع معالي السيد أحمد ولد زيدان، وزير"
                + " الخارجية. وأرجو من السيد الرئيس عرض الأمر على المجلس. (توقيع) بان كي - مون");
        assertThat(persons(f)).contains("يوسف بكري", "أحمد ولد زيدان").noneMatch(p -> p.contains("الرئيس"));
    }

    @Test
    void aSeatCueAfterTheHeadsTitleSeatsTheOfficeNotTheSecretaryGeneral() throws Exception {
        LetterFacts f = run("seat.txt", "رسالة مؤرخة 2 آب/أغسطس 2005 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أعتزم إنشاء مكتب الأمم المتحدة لغرب أفريقيا. وسيرأس المكتب ممثل خاص للأمين العام، ومقره في داكار."
                + " (توقيع) كوفي عنان");
        assertThat(f.seats()).extracting(org.unkg.extract.fact.Seat::entity).doesNotContain("UNSG").contains("UNOWA");
    }
}
