package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A script without spaces between words (Chinese): each ideograph is a word of its own, touching no other letter. */
class IdeographWordsTest {
    @Test
    void anIdeographTouchesNoOtherLetterWhileLatinLettersTouchEachOther() {
        assertThat(LetterOrNumber.touches('a', 'b')).isTrue();
        assertThat(LetterOrNumber.touches('1', 'a')).isTrue();
        assertThat(LetterOrNumber.touches('和', '平')).isFalse();
        assertThat(LetterOrNumber.touches('0', '年')).isFalse();
        assertThat(LetterOrNumber.touches('a', ' ')).isFalse();
        assertThat(LetterOrNumber.opensAfter('l', ',')).isFalse();
        assertThat(LetterOrNumber.opensAfter('文', '秘')).isTrue();
        assertThat(LetterOrNumber.opensAfter('1', '号')).isTrue();
    }

    @Test
    void aWholeWordIsFoundAmongIdeographsButNotInsideALatinWord() {
        assertThat(WholeWords.find("维持和平行动部", "和平", 0)).isEqualTo(2);
        assertThat(WholeWords.find("UN和平", "UN", 0)).isZero();
        assertThat(WholeWords.find("UNDP", "UN", 0)).isEqualTo(-1);
    }

    @Test
    void eachIdeographIsATokenSoftlyJoinedToTheNext() {
        assertThat(Tokens.of("上海合作组织")).extracting(Tokens.Token::text).containsExactly("上", "海", "合", "作", "组", "织");
        assertThat(Tokens.of("上海合作组织")).extracting(Tokens.Token::breakBefore).containsExactly(true, false, false, false, false, false);
        assertThat(Tokens.of("叶尔然·卡济汉诺夫")).filteredOn(Tokens.Token::breakBefore).hasSize(1);
    }

    @Test
    void aWordOfLettersEndsAtAnIdeographAndEachIdeographIsAWord() {
        assertThat(org.unkg.extract.core.Word.in("UN和平 peace-building", 0, 19)).extracting(org.unkg.extract.core.Word::text)
                .containsExactly("UN", "和", "平", "peace-building");
    }

    @Test
    void everyIdeographStartsAWordAndFullWidthFormsFoldToAscii() {
        FoldedText f = FoldedText.of("第1509（2003）号");
        assertThat(f.text()).isEqualTo("第1509(2003)号");
        assertThat(f.wordStarts()).containsExactly(0, 1, 6, 11);
    }
}
