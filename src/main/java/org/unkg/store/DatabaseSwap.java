package org.unkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout of a database directory and its atomic replacement. {@code --db PATH} is a symbolic link to
 * a generation beside it, {@code PATH.gen-PID-XXXX}, a complete TDB2 database (with its text index) that
 * carries the marker {@code unkg-build.properties}. A build writes a new generation, marks it complete,
 * and switches the link with one {@code rename(2)}: a reader of {@code PATH} sees the old database or the
 * new one, never a mixture, and a kill at any point leaves one of them in place. The previous generation
 * is deleted after the switch.
 *
 * <p>{@link #recover} puts things right after an interrupted build: a missing or dangling link is pointed
 * at the newest complete generation (the switch is finished, or rolled back to the last complete one);
 * generations and temporary links left by dead processes are deleted (a process that is alive is left
 * alone); the directories of the earlier scheme ({@code PATH.building-*}, {@code PATH.old-PID}) are
 * restored or removed. A database built before this layout (a plain directory at {@code PATH}) is moved
 * into a generation at its first rebuild.
 */
final class DatabaseSwap {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSwap.class);
    /** The marker of a complete generation. */
    static final String MARKER = "unkg-build.properties";
    private static final long SELF = ProcessHandle.current().pid();

    private final Path target;
    private final Path staging;

    /** Recovers {@code target} from interrupted builds, refuses when another process holds it, and starts a generation. */
    DatabaseSwap(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Files.createDirectories(this.target.getParent());
        recover(this.target);
        if (Files.isDirectory(this.target)) {
            DatabaseHolder.refuseIfHeld(this.target);
        }
        this.staging = Files.createTempDirectory(this.target.getParent(), name(this.target) + ".gen-" + SELF + "-");
    }

    Path staging() {
        return staging;
    }

    /** Marks the staged generation complete and switches {@code target} to it; the previous one is deleted. */
    void commit(Properties buildInfo) throws IOException {
        try {
            if (Files.isDirectory(target)) {
                DatabaseHolder.refuseIfHeld(target);
            }
        } catch (StoreException e) {
            abandon();
            throw e;
        }
        releaseLock(staging);
        writeMarker(staging, buildInfo);
        Path previous = null;
        if (Files.isSymbolicLink(target)) {
            previous = target.resolveSibling(Files.readSymbolicLink(target));
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // a database of the earlier layout: it was complete, so it becomes a generation
            Properties legacy = new Properties();
            legacy.setProperty("built", "0");
            writeMarker(target, legacy);
            previous = target.resolveSibling(name(target) + ".gen-" + SELF + "-earlier" + System.nanoTime());
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        link(target, staging);
        if (previous != null && !previous.normalize().equals(staging)) {
            deleteTree(previous);
        }
    }

    /** Removes the staged generation after a failure. */
    void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            LOG.debug("could not remove {}: {} (the next build removes it)", staging, e.toString());
        }
    }

    /** Finishes or rolls back an interrupted switch of {@code target}, then removes what dead builds left. */
    static void recover(Path db) throws IOException {
        Path target = db.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> siblings = siblings(target);
        boolean missing = !Files.exists(target); // also true for a dangling link
        if (missing) {
            Optional<Path> newest = siblings.stream().filter(p -> generationPid(target, p) != null && complete(p))
                    .max((a, b) -> Long.compare(builtAt(a), builtAt(b)));
            if (newest.isPresent()) {
                LOG.info("recovering {}: an interrupted build left it unlinked; using {}", target, newest.get().getFileName());
                link(target, newest.get());
            } else {
                for (Path p : siblings) {
                    Long pid = pidAfter(target, p, ".old-");
                    if (pid != null && Files.isDirectory(p)) {
                        LOG.info("recovering {}: an interrupted build moved it to {}; moving it back", target, p.getFileName());
                        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                        break;
                    }
                }
            }
        }
        Path current = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : null;
        for (Path p : siblings(target)) {
            String rest = name(p).substring(name(target).length());
            Long pid = generationPid(target, p);
            boolean remove;
            if (pid != null) {
                remove = !p.toRealPath().equals(current) && (pid == SELF ? complete(p) : !alive(pid));
            } else if (rest.startsWith(".link-")) {
                Long linker = pidAfter(target, p, ".link-");
                remove = linker != null && linker != SELF && !alive(linker);
            } else if (rest.startsWith(".old-")) {
                Long owner = pidAfter(target, p, ".old-");
                remove = owner != null && owner != SELF && !alive(owner) && Files.exists(target);
            } else {
                remove = rest.startsWith(".building-");
            }
            if (remove) {
                LOG.info("removing {}, left by an earlier build", p.getFileName());
                deleteTree(p);
            }
        }
    }

    /** Points {@code target} at {@code generation} with one rename of a fresh link over it. */
    private static void link(Path target, Path generation) throws IOException {
        Path tmp = target.resolveSibling(name(target) + ".link-" + SELF);
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, generation.getFileName());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
    }

    /**
     * Removes this process's TDB2 lock from the staged generation, closed by now: left there, it would make
     * the database look held by this process for as long as it lives (a test JVM, a benchmark).
     */
    private static void releaseLock(Path generation) throws IOException {
        Path lock = generation.resolve("tdb.lock");
        try {
            if (Files.readString(lock).strip().equals(Long.toString(SELF))) {
                Files.delete(lock);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no lock: nothing to release
        }
    }

    private static void writeMarker(Path generation, Properties info) throws IOException {
        Properties p = new Properties();
        p.putAll(info);
        p.putIfAbsent("built", Long.toString(System.currentTimeMillis()));
        Path file = generation.resolve(MARKER);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "a complete unkg database");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Replaces the build information of the complete database {@code db} (after {@code build --update}): written
     * beside it and renamed over it, so the database is never without its marker.
     */
    static void rewriteMarker(Path db, Properties info) throws IOException {
        Path dir = db.toRealPath();
        Path tmp = dir.resolve(MARKER + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            info.store(out, "a complete unkg database");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(MARKER), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The build information of a complete database (empty when it has none). */
    static Properties buildInfo(Path db) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(db.resolve(MARKER))) {
            p.load(in);
        } catch (IOException e) {
            // no marker: a database of the earlier layout, or none
        }
        return p;
    }

    private static boolean complete(Path generation) {
        return Files.isRegularFile(generation.resolve(MARKER));
    }

    private static long builtAt(Path generation) {
        try {
            return Long.parseLong(buildInfo(generation).getProperty("built", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Path> siblings(Path target) throws IOException {
        List<Path> out = new ArrayList<>();
        String prefix = name(target) + ".";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), p -> name(p).startsWith(prefix))) {
            s.forEach(out::add);
        }
        return out;
    }

    private static final Pattern GENERATION = Pattern.compile("\\.gen-(\\d+)-.*");

    /** The creating process of a generation directory, or null when {@code p} is not one. */
    private static Long generationPid(Path target, Path p) {
        Matcher m = GENERATION.matcher(name(p).substring(name(target).length()));
        return m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? Long.parseLong(m.group(1)) : null;
    }

    private static Long pidAfter(Path target, Path p, String infix) {
        String rest = name(p).substring(name(target).length());
        if (!rest.startsWith(infix)) {
            return null;
        }
        try {
            return Long.parseLong(rest.substring(infix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not sync {}: {}", dir, e.toString());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(dir);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
