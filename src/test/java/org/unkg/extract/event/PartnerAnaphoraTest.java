package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.model.LetterFacts;

class PartnerAnaphoraTest {

    private static List<String> events(LetterFacts f) {
        return f.events().stream().map(e -> e.type() + " " + e.entity() + " " + e.date().iso()).toList();
    }

    @Test
    void theOfficeDoesNotReferBackToABodyNamedAsAPartner() throws Exception {
        LetterFacts f = Lifecycle.read("""
                يواصل مكتب الأمم المتحدة لدعم بناء السلام في غينيا - بيساو عمله. وقدم المكتب الدعم للحكومة بالتعاون مع مكتب دعم بناء السلام.
                واستجابة لطلب الحكومة، فإني أعتزم مواصلة أنشطة المكتب لفترة سنة أخرى حتى ٣٠ أيلول/سبتمبر ٢٠١٠.
                """, "ar", "2009-08-10");
        assertThat(events(f)).containsExactly("extension UNOGBIS 2010-09-30");
    }

    @Test
    void theOfficeInEnglishSkipsAnOfficeNamedInCooperation() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The United Nations Peace-building Support Office in Guinea-Bissau continues its work. The Office
                trained judges in cooperation with the Peacebuilding Support Office.
                It is my intention to extend the activities of the Office until 30 September 2010.
                """, "en", "2009-08-10");
        assertThat(events(f)).containsExactly("extension UNOGBIS 2010-09-30");
    }
}
