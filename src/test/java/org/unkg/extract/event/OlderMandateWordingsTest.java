package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;

/**
 * Mandates as older letters write them: "the Mission's mandate shall be to: (a) ...", "with the following mandate:",
 * "its terms of reference are as follows:", "avec pour mandat de ..., de ... et de ...", "وتتمثل ولاية البعثة في ما
 * يلي:", "Мандат Миссии будет заключаться в следующем:": each office's mandate with as many tasks as the list has.
 */
class OlderMandateWordingsTest {

    private static void mandate(LetterFacts facts, String entity, int tasks) {
        assertThat(facts.mandates()).extracting(Mandate::entity, m -> m.tasks().size()).contains(tuple(entity, tasks));
    }

    @Test
    void englishMandatesThatShallBeOrFollowOrAreTermsOfReference() {
        mandate(Pipelines.facts("""
                I intend to establish the United Nations Observer Mission in Liberia (UNOMIL). The Mission's mandate shall be
                to: (a) monitor the ceasefire agreement; (b) investigate all reported violations of the ceasefire; and
                (c) assist in the demobilization of the combatants.
                """, "en", "1993-08-10"), "UNOMIL", 3);
        mandate(Pipelines.facts("""
                I intend to establish the United Nations Office in Angola (UNOA) with the following mandate:
                (a) To liaise with the political authorities;
                (b) To promote respect for human rights;
                (c) To coordinate humanitarian assistance;
                (d) To report on developments in the country.
                """, "en", "1999-08-10"), "UNOA", 4);
        mandate(Pipelines.facts("""
                I intend to establish the United Nations Aouzou Strip Observer Group (UNASOG). Its terms of reference are
                as follows: (a) to observe the withdrawal of the administration and forces; (b) to verify that the
                withdrawal is complete.
                """, "en", "1994-05-02"), "UNASOG", 2);
    }

    @Test
    void frenchArabicAndRussianMandates() {
        mandate(Pipelines.facts("""
                J'ai l'intention de créer le Bureau des Nations Unies en Angola (BNUA), avec pour mandat de maintenir le
                contact avec les autorités, de promouvoir le respect des droits de l'homme et de coordonner l'aide
                humanitaire.
                """, "fr", "1999-08-10"), "UNOA", 3);
        mandate(Pipelines.facts("""
                أعتزم إنشاء مكتب الأمم المتحدة في أنغولا. وتتمثل ولاية المكتب في ما يلي: (أ) الاتصال بالسلطات السياسية؛ (ب) تعزيز احترام حقوق الإنسان؛ (ج) تنسيق المساعدة الإنسانية.
                """, "ar", "1999-08-10"), "UNOA", 3);
        mandate(Pipelines.facts("""
                Я намерен учредить Миссию наблюдателей Организации Объединенных Наций в Таджикистане. Мандат Миссии будет
                заключаться в следующем: a) наблюдение за соблюдением соглашения о прекращении огня; b) расследование
                сообщений о нарушениях; c) поддержание связи со сторонами.
                """, "ru", "1994-12-10"), "UNMOT", 3);
    }
}
