package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.extract.date.DateMention;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.MetaField;
import org.unkg.model.Party;

/**
 * Chinese, read from its folder of rule files ({@code data/rules/zh}) and the catalog's Chinese names
 * ({@code labels-zh.ttl}, {@code unbis-labels-zh.ttl}) in a text without spaces between words: every ideograph is a word
 * of its own, a name a run of them. Letters written for these tests (the genre letters {@code x4-*-zh} are scored by
 * the corpus).
 */
class ChineseLettersTest {
    private static LetterFacts facts(String text) throws Exception {
        return Pipelines.facts("zh-variant.txt", text);
    }

    private static String letter(String title, String body, String signature) {
        return "S/2013/301\n\n联合国\n\n安全理事会\n\nDistr.: General\n24 May 2013\nChinese\nOriginal: English\n\n" + title
                + "\n\n    " + body + "\n\n    请将本信提请安全理事会成员注意为荷。\n\n" + signature + "\n";
    }

    private static Party party(LetterFacts f, Party.Slot slot) {
        return f.parties().stream().filter(p -> p.slot() == slot).findFirst().orElseThrow();
    }

    private static List<String> keys(LetterFacts f, EntityKind kind) {
        return f.mentions().stream().filter(m -> m.kind() == kind).map(Mention::key).distinct().toList();
    }

    @Test
    void aTitleThatOpensWithItsDateGivesTheLettersDateSenderAndRecipient() throws Exception {
        LetterFacts f = facts(letter("2013年5月21日秘书长给安全理事会主席的信", "谨通知您，我打算任命一名特别代表。", "潘基文（签名）"));
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("2013-05-21");
        assertThat(party(f, Party.Slot.SENDER).role()).isEqualTo("secretary-general");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aRepresentativesStateNamedBeforeTheRoleIsTheSendersState() throws Exception {
        LetterFacts f = facts(letter("2013年5月21日吉尔吉斯斯坦常驻联合国代表给秘书长的信", "谨随函转递一份声明（见附件）。",
                "常驻代表\n塔伦·萨里耶夫（签名）"));
        Party sender = party(f, Party.Slot.SENDER);
        assertThat(sender.role()).isEqualTo("permanent-representative");
        assertThat(sender.state()).isEqualTo("KGZ");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("secretary-general");
    }

    @Test
    void aSignerWrittenBeforeTheSignatureMarkIsTheSignatory() throws Exception {
        LetterFacts f = facts(letter("2018年3月2日秘书长给安全理事会主席的信", "谨提及安理会成员与我进行的磋商。", "安东尼奥·古特雷斯（签名）"));
        assertThat(f.signatories()).extracting(s -> s.personKey()).containsExactly("antonio-guterres");
    }

    @Test
    void aSignerWrittenAfterTheSignatureMarkIsTheSignatoryToo() throws Exception {
        LetterFacts f = facts(letter("2018年3月2日秘书长给安全理事会主席的信", "谨提及安理会成员与我进行的磋商。", "（签名）安东尼奥·古特雷斯"));
        assertThat(f.signatories()).extracting(s -> s.personKey()).containsExactly("antonio-guterres");
    }

    @Test
    void councilAndAssemblyResolutionsAndDocumentsCitedInChineseAreReferences() throws Exception {
        LetterFacts f = facts(letter("2013年5月21日秘书长给安全理事会主席的信",
                "谨提及安全理事会第2100（2013）号和第2085（2012）号决议、大会第66/290号决议以及我的报告（S/2013/189号文件）。",
                "潘基文（签名）"));
        assertThat(f.references()).extracting(r -> r.symbol())
                .containsExactlyInAnyOrder("S/RES/2100(2013)", "S/RES/2085(2012)", "A/RES/66/290", "S/2013/189");
    }

    @Test
    void aChineseDateWithoutADayIsAMonthAndOneWithADayIsThatDay() {
        List<DateMention> dates = Pipelines.project().dates().find("该办事处于2014年1月开始工作，任务期限至2016年12月31日。");
        assertThat(dates).extracting(d -> d.value().iso()).containsExactly("2014-01", "2016-12-31");
    }

    @Test
    void bodiesAndStatesNamedWithoutSpacesAroundThemAreFound() throws Exception {
        LetterFacts f = facts(letter("2013年5月21日秘书长给安全理事会主席的信",
                "部长们欢迎上海合作组织与独立国家联合体在土库曼斯坦和塔吉克斯坦的合作。", "潘基文（签名）"));
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("SCO", "CIS");
        assertThat(keys(f, EntityKind.STATE)).containsExactlyInAnyOrder("TKM", "TJK");
    }

    @Test
    void aNameInsideALongerWordIsNoMentionOfIt() throws Exception {
        LetterFacts f = facts(letter("2013年5月21日秘书长给安全理事会主席的信",
                "索马里局势仍然令人关切。马里奥先生出席了中非合作论坛的会议。", "潘基文（签名）"));
        assertThat(keys(f, EntityKind.STATE)).containsExactly("SOM");
        assertThat(keys(f, EntityKind.PLACE)).doesNotContain("central-africa");
    }

    @Test
    void anIntentionToEstablishAnOfficeWithItsSeatIsItsEstablishmentAndSeat() throws Exception {
        LetterFacts f = facts(letter("2009年12月11日秘书长给安全理事会主席的信",
                "我打算设立联合国中部非洲区域办事处，总部设在利伯维尔。", "潘基文（签名）"));
        assertThat(f.events()).extracting(e -> e.type(), e -> e.entity(), e -> e.date().iso())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("establishment", "UNOCA", "2009-12-11"));
        assertThat(f.seats()).extracting(s -> s.entity(), s -> s.place())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNOCA", "libreville"));
    }

    @Test
    void anUnderSecretaryGeneralAndACongressNameNeitherTheSecretaryGeneralNorTheAssembly() throws Exception {
        String body = "主管政治事务副秘书长在全国人民代表大会上发言。";
        String text = letter("2013年5月21日中国常驻联合国代表给安全理事会主席的信", body, "刘结一（签名）");
        LetterFacts f = facts(text);
        int at = text.indexOf(body);
        assertThat(f.mentions()).filteredOn(m -> m.span().start() >= at && m.span().end() <= at + body.length())
                .extracting(Mention::key).doesNotContain("UNSG", "UNGA");
    }
}
