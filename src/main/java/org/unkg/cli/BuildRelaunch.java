package org.unkg.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a full {@code build} in a child JVM started with the options {@link BuildJvm} chooses, when the JVM the command
 * was started in lacks them: the same class path, the same arguments, the same working directory, standard input,
 * output and error shared, and the child's exit status returned as the command's. The parent waits and does nothing
 * else. Stopping the parent stops the child (a shutdown hook ends it and waits for it: a build stopped half-way leaves the
 * previous database, as any stopped build does); a child whose parent is gone without its hooks ({@code kill -9}) stops
 * itself ({@link #watchParent}). A child that cannot be started leaves the build to this JVM.
 *
 * <p>Off with {@code -Dunkg.buildJvm=false}; never in a JVM that does not run one command of its own (tests running
 * commands in-process), nor in the child itself ({@value #CHILD_PROPERTY}).
 */
final class BuildRelaunch {
    private static final Logger LOG = LoggerFactory.getLogger(BuildRelaunch.class);
    /** The system property that turns re-launching off ({@code false}). */
    static final String PROPERTY = "unkg.buildJvm";
    /** Set on the child's command line: it is the build's JVM, it never re-launches, and it watches its parent. */
    static final String CHILD_PROPERTY = "unkg.buildJvm.child";

    private BuildRelaunch() {}

    /** Whether this JVM is a child a build started. */
    static boolean isChild() {
        return Boolean.getBoolean(CHILD_PROPERTY);
    }

    /** Whether the property allows re-launching (anything but {@code false}). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
    }

    /**
     * Runs this JVM's command line ({@link Main#arguments}) in a child JVM when this one lacks what a build wants, and
     * returns the child's exit status; empty when the build is to run here (turned off, already the right JVM, a host
     * JVM, or a child that could not start).
     */
    static OptionalInt runInBuildJvm(String buildHeap) {
        if (!Main.ownJvm() || isChild() || !enabled()) {
            return OptionalInt.empty();
        }
        List<String> input = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> missing = BuildJvm.missing(input, buildHeap, BuildJvm.defaultHeapMb());
        if (missing.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(BuildJvm.childOptions(input, missing, BuildJvm.environmentOptions(System.getenv())));
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(Main.arguments());
        LOG.info("building in a JVM with {} (-D{}=false: in this one)", String.join(" ", missing), PROPERTY);
        LOG.debug("build JVM: {}", cmd);
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            LOG.warn("could not start the build's JVM ({}): building in this one", e.getMessage());
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(() -> stop(child), "unkg-build-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exit = waitFor(child);
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException e) {
            // shutting down already: the hook ends the child
        }
        if (exit != 0 && exit != 2 && exit != 3) {
            LOG.warn("the build's JVM ended with exit status {}", exit);
        }
        return OptionalInt.of(exit);
    }

    /** The child's exit status; an interrupt does not end the wait (the build is the child's to end), it is kept. */
    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the child (SIGTERM: its own hooks run) and waits up to a minute, then kills it. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the child: logs the JVM's collectors and heap, and ends this JVM (its shutdown hooks run, exit status 143 as on
     * SIGTERM) when the parent that started it is gone, which a parent killed without its hooks ({@code kill -9})
     * could not ask for.
     */
    static void watchParent() {
        if (!isChild()) {
            return;
        }
        LOG.info("build JVM: collectors {}, max heap {} MB", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList(), Runtime.getRuntime().maxMemory() >> 20);
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread t = new Thread(() -> {
                while (parent.isAlive()) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                LOG.warn("the command that started this build is gone: stopping");
                System.exit(143);
            }, "unkg-build-jvm-parent");
            t.setDaemon(true);
            t.start();
        });
    }
}
