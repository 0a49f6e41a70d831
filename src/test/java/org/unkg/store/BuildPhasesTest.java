package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildPhasesTest {
    @Test
    void phasesKeepTheOrderTheyRanInAndAPhaseRecordedTwiceAddsUp() {
        BuildPhases phases = new BuildPhases();
        phases.add("letters", 1500);
        phases.add("summaries", 200);
        phases.add("letters", 500);

        assertThat(phases.millis()).containsExactly(java.util.Map.entry("letters", 2000L), java.util.Map.entry("summaries", 200L));
        assertThat(phases).hasToString("letters 2.0 s, summaries 0.2 s");
    }
}
