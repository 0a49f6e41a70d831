package org.unkg.export.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineHttpTest {
    @Test
    void mapsEachTimelinePathToItsFormat() {
        assertThat(TimelineHttp.formatOf("/timeline")).contains(TimelineFormat.HTML);
        assertThat(TimelineHttp.formatOf("/timeline.csv")).contains(TimelineFormat.CSV);
        assertThat(TimelineHttp.formatOf("/timeline.json")).contains(TimelineFormat.JSON);
        assertThat(TimelineHttp.formatOf("/timeline.timelinejs.json")).contains(TimelineFormat.TIMELINEJS);
        assertThat(TimelineHttp.formatOf("/timelines")).isEmpty();
    }

    @Test
    void readsRepeatedAndCommaSeparatedEntitiesAndPartialDatesFromParameters() {
        TimelineQuery q = TimelineHttp.query(Map.of("entity", new String[] {"UNTOP,UNRCCA", "CSTO"},
                "type", new String[] {"closure"}, "from", new String[] {"2005"}, "to", new String[] {"2007-05"},
                "lang", new String[] {"ar"}));

        assertThat(q.entities()).containsExactly("UNTOP", "UNRCCA", "CSTO");
        assertThat(q.types()).containsExactly("closure");
        assertThat(q.from().iso()).isEqualTo("2005");
        assertThat(q.to().iso()).isEqualTo("2007-05");
        assertThat(q.lang()).isEqualTo("ar");
        assertThat(TimelineHttp.query(Map.of()).lang()).isEqualTo("en");
    }

    @Test
    void rejectsAMalformedDateParameterWithAMessageForTheUser() {
        assertThatThrownBy(() -> TimelineHttp.query(Map.of("from", new String[] {"yesterday"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a date");
    }
}
