package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = TextRules.languages();

    @Test
    void detectsLanguageByScript() {
        assertThat(detector.detect("Distr.: General\nرسالة مؤرخة ١٥ آذار/مارس ٢٠١٠ موجهة من الأمين العام")).isEqualTo("ar");
        assertThat(detector.detect("Письмо Генерального секретаря от 3 мая 2010 года")).isEqualTo("ru");
        assertThat(detector.detect("秘书长给安全理事会主席的信")).isEqualTo("zh");
    }

    @Test
    void tellsEnglishFrenchAndSpanishApartByStopwords() {
        assertThat(detector.detect("I have the honour to inform you of the decision of the Council")).isEqualTo("en");
        assertThat(detector.detect("J'ai l'honneur de vous informer que le Bureau des Nations Unies sera fermé dans les six mois"))
                .isEqualTo("fr");
        assertThat(detector.detect("Tengo el honor de informarle que la Oficina de las Naciones Unidas se cerrará en los próximos meses"))
                .isEqualTo("es");
    }

    @Test
    void saysUndeterminedWithoutLetters() {
        assertThat(detector.detect("2010 - 11")).isEqualTo("und");
    }
}
