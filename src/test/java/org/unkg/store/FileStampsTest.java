package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.ingest.LetterIngest;

/** {@code build --update} trusts a file's recorded checksum only while its size and modification time are unchanged. */
class FileStampsTest {
    private static final String RECORDED = "0".repeat(64);

    @TempDir
    Path tmp;

    /** A file last modified an hour ago, stamped (and the stamps written and read back) with a made-up checksum. */
    private FileStamps stamped(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        FileStamps stamps = FileStamps.empty();
        stamps.put(file, RECORDED);
        Path db = Files.createDirectories(tmp.resolve("db"));
        stamps.write(db);
        return FileStamps.read(db);
    }

    @Test
    void anUnchangedFileKeepsItsRecordedChecksumWithoutBeingRead() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), "letter");
        assertThat(stamped(f).digest(f, FileStamps.empty())).isEqualTo(RECORDED);
    }

    @Test
    void aFileOfAnotherSizeIsHashedAgain() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), "letter");
        FileStamps stamps = stamped(f);
        FileTime before = Files.getLastModifiedTime(f);
        Files.writeString(f, "letter, changed");
        Files.setLastModifiedTime(f, before);
        assertThat(stamps.digest(f, FileStamps.empty())).isEqualTo(LetterIngest.sha256(f));
    }

    @Test
    void aFileModifiedSinceItWasStampedIsHashedAgain() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), "letter");
        FileStamps stamps = stamped(f);
        Files.writeString(f, "rettel");
        assertThat(stamps.digest(f, FileStamps.empty())).isEqualTo(LetterIngest.sha256(f));
    }

    @Test
    void aFileModifiedJustBeforeTheStampsWereTakenIsNotTrusted() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), "letter");
        FileStamps stamps = FileStamps.empty();
        stamps.put(f, RECORDED);
        assertThat(stamps.digest(f, FileStamps.empty())).isEqualTo(LetterIngest.sha256(f));
    }

    @Test
    void unreadableStampsMeanEveryFileIsHashed() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), "letter");
        Path db = Files.createDirectories(tmp.resolve("db"));
        Files.writeString(db.resolve(FileStamps.FILE), "# taken x\n");
        assertThat(FileStamps.read(db).digest(f, FileStamps.empty())).isEqualTo(LetterIngest.sha256(f));
    }
}
