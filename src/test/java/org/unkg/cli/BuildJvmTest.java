package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which launch options a full build's JVM lacks, what its child JVM is started with, and the heap it gets by default. */
class BuildJvmTest {
    private static final long GB = 1L << 30;

    @Test
    void aJvmStartedWithoutOptionsLacksTheCollectorTheCompilerAndAHeap() {
        assertThat(BuildJvm.missing(List.of(), null, 1536))
                .containsExactly(BuildJvm.COLLECTOR, BuildJvm.COMPILER, "-Xmx1536m");
    }

    @Test
    void aJvmStartedWithEverythingABuildWantsIsKept() {
        assertThat(BuildJvm.missing(List.of("-Xmx3g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Dfoo=bar"), null, 2048))
                .isEmpty();
        assertThat(BuildJvm.missing(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xmx1536m"), "1536m", 2048))
                .isEmpty();
    }

    @Test
    void theUsersOwnCollectorCompilerAndHeapAreKept() {
        assertThat(BuildJvm.missing(List.of("-XX:+UseG1GC", "-Xmx700m"), null, 2048)).containsExactly(BuildJvm.COMPILER);
        assertThat(BuildJvm.missing(List.of("-XX:-TieredCompilation", "-XX:MaxHeapSize=800m"), null, 2048))
                .containsExactly(BuildJvm.COLLECTOR);
        assertThat(BuildJvm.missing(List.of("-XX:+UseSerialGC", "-Xint", "-Xmx1g"), null, 2048)).isEmpty();
    }

    @Test
    void buildHeapOverridesTheUsersXmx() {
        assertThat(BuildJvm.missing(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xmx1g"), "3g", 2048))
                .containsExactly("-Xmx3g");
        List<String> child = BuildJvm.childOptions(List.of("-Xmx1g", "-Dx=y", "-XX:+UseParallelGC"), List.of("-Xmx3g"), Set.of());
        assertThat(child).containsExactly("-Dx=y", "-XX:+UseParallelGC", "-Xmx3g");
    }

    @Test
    void theChildKeepsTheUsersOptionsButThoseTheEnvironmentGivesAgainAndADebugger() {
        Set<String> env = BuildJvm.environmentOptions(Map.of("JAVA_TOOL_OPTIONS", " -Dfile.encoding=UTF-8  -Xss2m ",
                "PATH", "/usr/bin"));
        assertThat(env).containsExactly("-Dfile.encoding=UTF-8", "-Xss2m");
        List<String> child = BuildJvm.childOptions(List.of("-Dfile.encoding=UTF-8", "-Xss2m", "-Dlog.level=debug",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Xmx700m"), List.of(BuildJvm.COLLECTOR), env);
        assertThat(child).containsExactly("-Dlog.level=debug", "-Xmx700m", BuildJvm.COLLECTOR);
    }

    @Test
    void theDefaultHeapIsAnEighthOfTheMachineFromHalfAGigabyteToOne() {
        assertThat(BuildJvm.defaultHeapMb(2 * GB)).isEqualTo(512);
        assertThat(BuildJvm.defaultHeapMb(6 * GB)).isEqualTo(768);
        assertThat(BuildJvm.defaultHeapMb(64 * GB)).isEqualTo(1024);
    }

    @Test
    void heapSizesReadAsXmxReadsThem() {
        assertThat(BuildJvm.heapSize("1g")).isTrue();
        assertThat(BuildJvm.heapSize("1536M")).isTrue();
        assertThat(BuildJvm.heapSize("lots")).isFalse();
        assertThat(BuildJvm.heapSize("1.5g")).isFalse();
    }
}
