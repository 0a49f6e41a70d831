package org.unkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option of the export commands: a file, or standard output for '-' (a picocli mixin). */
final class OutputFile {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file ('-' for standard output).")
    String out;

    /** What writes the output to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream os) throws Exception;
    }

    /**
     * Writes {@code content} to standard output ('-') or to the file, its folder made first; the file is opened only
     * when {@code content} is about to be written, so what fails before leaves no empty file behind.
     */
    void write(Content content) throws Exception {
        if (out.equals("-")) {
            content.writeTo(System.out);
            System.out.flush();
            return;
        }
        Path file = Path.of(out);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            content.writeTo(os);
        }
    }
}
