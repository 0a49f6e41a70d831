package org.unkg.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks HotSpot's just-in-time compiler to compile this process's hot methods with its quick compiler (C1) only, not
 * its optimising one (C2), for {@code build}. In a command that runs a few seconds (a {@code build --update} of a few
 * letters) C2 spends about as much CPU compiling as the command spends working (11.2 of 24.6 s of CPU in a profiled
 * update of 20 letters on the 20,000-letter database), and its code is ready only when the work is nearly done. In a
 * full build C2 never stops: the extraction code is large (methods of 50-90 kB once inlined) and is compiled, deoptimised
 * and compiled again through the whole run (64 s of C2 CPU in a profiled 20,000-letter build, 2.4 ms per letter between
 * the 2,500th and the 5,700th), while C1's code extracted a letter for no more CPU than the mix C2 left (4.2 against
 * 4.4 ms per letter; on 2 cores shared with a loaded machine): a build cost 8.7 ms of CPU per letter without C2 against
 * 11.7 with it, and 2,000 letters 41.5 s of CPU against 62.9 s. It is what {@code -XX:TieredStopAtLevel=1} gives, set by
 * the command itself through the JVM's diagnostic command {@code Compiler.directives_add} (an exclusion of C2 for every
 * method), so {@code java -jar unkg.jar build} gets it without flags, for an update of any size (an update of 1,000
 * letters is shorter than the 2,000-letter builds where C2 did not pay). A JVM without the diagnostic command (not HotSpot) or a
 * refusal costs nothing but the saving; {@code -Dunkg.shortRunCompiler=false} keeps the JVM's own choice.
 */
final class ShortRunCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(ShortRunCompiler.class);
    /** The system property that turns this off ({@code false}). */
    static final String PROPERTY = "unkg.shortRunCompiler";
    /** The compiler directive: no C2 for any method (a method C2 may not compile is compiled by C1 at full speed). */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private static volatile boolean active;
    /** Set by {@link #lift}: a directive not yet added is not added any more. */
    private static volatile boolean lifted;

    private ShortRunCompiler() {}

    /** Whether the property allows it (anything but {@code false}). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
    }

    /**
     * Adds the directive on a thread of its own (the JVM's management beans take a few hundred ms to start, which the
     * command need not wait for), unless {@link #enabled} says no.
     */
    static void limitInBackground() {
        if (!enabled()) {
            return;
        }
        Thread t = new Thread(ShortRunCompiler::limit, "unkg-short-run-compiler");
        t.setDaemon(true);
        t.start();
    }

    /** Adds the directive now; true when the JVM took it. */
    static synchronized boolean limit() {
        if (lifted) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("unkg-compiler-", ".json");
            Files.writeString(file, DIRECTIVE);
            Object answer = command("compilerDirectivesAdd", file.toString());
            active = String.valueOf(answer).contains("1 compiler directives added");
            LOG.debug("compiler directive: {}", String.valueOf(answer).trim());
            return active;
        } catch (java.io.IOException | JMException | RuntimeException e) {
            LOG.debug("compiler directive not added: {}", e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    LOG.debug("not deleted: {}", file);
                }
            }
        }
    }

    /**
     * Removes the directive (methods C2 was refused until now stay with C1's code) and adds none any more; true when one
     * was in place. For a host JVM that added it (tests) and wants its compilers back.
     */
    static synchronized boolean lift() {
        lifted = true;
        if (!active) {
            return false;
        }
        try {
            command("compilerDirectivesRemove");
            active = false;
            return true;
        } catch (JMException | RuntimeException e) {
            LOG.debug("compiler directive not removed: {}", e.toString());
            return false;
        }
    }

    /** Whether the directive is in place. */
    static boolean active() {
        return active;
    }

    /** What the JVM prints of its compiler directives ({@code Compiler.directives_print}). */
    static String directives() throws JMException {
        return String.valueOf(command("compilerDirectivesPrint"));
    }

    private static Object command(String operation, String... args) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {args}, new String[] {String[].class.getName()});
    }
}
