package org.unkg.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The launch options of the JVM a full {@code build} runs in, and which of them a JVM started with given options lacks.
 * A build of 20,000 letters spent about a third of its CPU outside its own threads under the JVM's defaults (the G1
 * collector's pauses, refinement and concurrent marking; the optimising compiler): the collector and the compilers are
 * chosen when a JVM starts, so the command re-launches itself with them ({@link BuildRelaunch}) unless the user chose
 * them. See README, "Scale: 20,000 letters", session 10, for the measurements behind each choice.
 *
 * <ul>
 *   <li>{@value #COLLECTOR}: the throughput collector, no concurrent threads beside the build's own;
 *   <li>{@value #COMPILER}: only the quick compiler, C1, and its plain code (the optimising compiler, C2, recompiles the
 *       extraction's large methods through the whole build for no faster code; see {@link ShortRunCompiler});
 *   <li>{@code -Xmx}: {@code --build-heap}, else the user's own {@code -Xmx}, else {@link #defaultHeapMb}.
 * </ul>
 */
final class BuildJvm {
    /** The collector a build runs with. */
    static final String COLLECTOR = "-XX:+UseParallelGC";
    /** The compilers a build runs with. */
    static final String COMPILER = "-XX:TieredStopAtLevel=1";
    /** The smallest and the largest heap {@link #defaultHeapMb} gives. */
    static final long MIN_HEAP_MB = 512;
    static final long MAX_HEAP_MB = 1024;

    private static final Pattern USER_COLLECTOR = Pattern.compile("-XX:[+-]Use\\w*GC");
    private static final Pattern USER_COMPILER = Pattern.compile("-XX:TieredStopAtLevel=.*|-XX:[+-]TieredCompilation|-Xint|-Xcomp");
    private static final Pattern USER_HEAP = Pattern.compile("-Xmx.*|-XX:MaxHeapSize=.*");

    private BuildJvm() {}

    /**
     * The options a child JVM needs beyond what {@code inputArguments} (this JVM's launch options) give, empty when this
     * JVM is already the one a build wants: the collector and the compiler unless the user set either, and the heap when
     * {@code buildHeap} (the {@code --build-heap} option, may be null) asks for one the JVM was not given or the user
     * gave none ({@code defaultHeapMb} then).
     */
    static List<String> missing(List<String> inputArguments, String buildHeap, long defaultHeapMb) {
        List<String> missing = new ArrayList<>();
        if (inputArguments.stream().noneMatch(a -> USER_COLLECTOR.matcher(a).matches())) {
            missing.add(COLLECTOR);
        }
        if (inputArguments.stream().noneMatch(a -> USER_COMPILER.matcher(a).matches())) {
            missing.add(COMPILER);
        }
        String userHeap = null;
        for (String a : inputArguments) {
            if (USER_HEAP.matcher(a).matches()) {
                userHeap = a;
            }
        }
        if (buildHeap != null) {
            String wanted = "-Xmx" + buildHeap;
            if (!wanted.equalsIgnoreCase(userHeap)) {
                missing.add(wanted);
            }
        } else if (userHeap == null) {
            missing.add("-Xmx" + defaultHeapMb + "m");
        }
        return missing;
    }

    /**
     * The launch options of the child: this JVM's own ({@code inputArguments}) but its heap and those the environment
     * gives every JVM anyway ({@code fromEnvironment}: {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}) or a
     * debugger's agent (its port is taken), then {@code missing}.
     */
    static List<String> childOptions(List<String> inputArguments, List<String> missing, Set<String> fromEnvironment) {
        boolean heapMissing = missing.stream().anyMatch(a -> USER_HEAP.matcher(a).matches());
        List<String> options = new ArrayList<>();
        for (String a : inputArguments) {
            boolean replaced = heapMissing && USER_HEAP.matcher(a).matches();
            if (!replaced && !fromEnvironment.contains(a) && !a.startsWith("-agentlib:jdwp")) {
                options.add(a);
            }
        }
        options.addAll(missing);
        return options;
    }

    /** The options of the environment variables the JVM and its launcher read (split on white space). */
    static Set<String> environmentOptions(java.util.Map<String, String> env) {
        Set<String> options = new LinkedHashSet<>();
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                options.addAll(List.of(value.trim().split("\\s+")));
            }
        }
        return options;
    }

    /**
     * The heap a build gets when nobody says: an eighth of the machine's memory, from {@value #MIN_HEAP_MB} to
     * {@value #MAX_HEAP_MB} MB (a 20,000-letter build keeps about 200 MB live and ran to its end with the parallel
     * collector in 1 GB; 3 GB did not collect for less CPU, and TDB2's mapped files count in the resident memory
     * beside it).
     */
    static long defaultHeapMb(long physicalMemoryBytes) {
        long eighth = physicalMemoryBytes / 8 / (1024 * 1024);
        return Math.max(MIN_HEAP_MB, Math.min(MAX_HEAP_MB, eighth));
    }

    /** {@link #defaultHeapMb} of this machine. */
    static long defaultHeapMb() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return defaultHeapMb(sun.getTotalMemorySize());
        }
        return MIN_HEAP_MB;
    }

    /** Whether {@code size} reads as a heap size {@code -Xmx} takes (digits and an optional k, m, g or t). */
    static boolean heapSize(String size) {
        return size.toLowerCase(Locale.ROOT).matches("[0-9]+[kmgt]?");
    }
}
