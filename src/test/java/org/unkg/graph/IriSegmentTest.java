package org.unkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.List;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class IriSegmentTest {
    @Test
    void namesThatAreAlreadyValidSegmentsAreKept() {
        for (String name : List.of("S-2005-323", "000_0e3ff91ef8442d48", "=HYPERLINK(CONCAT(1,2))", "رسالة_الأمين")) {
            assertThat(IriSegment.of(name)).isEqualTo(name);
        }
    }

    @Test
    void otherNamesBecomeDistinctSlugsWithoutPercentThatMakeValidIris() {
        List<String> names = List.of("name with spaces", "name-with spaces", "name with  spaces", "a\"b<c>", "100%", "x/y?z#w",
                "رسالة الأمين العام", "bidi\u200Fmark", "..");
        List<String> segments = names.stream().map(IriSegment::of).toList();
        assertThat(segments).doesNotHaveDuplicates().allSatisfy(s -> {
            assertThat(s).doesNotContain("%").doesNotContain(" ").doesNotContain("/");
            assertThatCode(() -> IRIx.create(Vocab.ID + "letter/" + s)).doesNotThrowAnyException();
        });
        assertThat(IriSegment.of("name with spaces")).isEqualTo("name-with-spaces~78162a09");
    }

    @Test
    void theSegmentIsStableAcrossUnicodeNormalForms() {
        String nfd = Normalizer.normalize("résumé final", Normalizer.Form.NFD);
        assertThat(IriSegment.of(nfd)).isEqualTo(IriSegment.of("résumé final"));
    }

    @Test
    void aNameFromASubFolderKeepsItsFoldersAndSlugsEachPart() {
        assertThat(IriSegment.path("2024/S-2024-1")).isEqualTo("2024/S-2024-1");
        assertThat(IriSegment.path("old letters/a b")).isEqualTo(IriSegment.of("old letters") + "/" + IriSegment.of("a b"));
        assertThat(IriSegment.path("../x").split("/")).doesNotContain("..", ".");
    }
}
