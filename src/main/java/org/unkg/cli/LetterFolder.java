package org.unkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The letters a command reads: {@code --letters DIR} and {@code --recursive} (a picocli mixin). */
final class LetterFolder {
    @Option(names = "--letters", required = true, paramLabel = "DIR", description = "Directory of letters: text, PDF or Word files.")
    Path letters;

    @Option(names = "--recursive", description = "Also read the letters in DIR's sub-folders (hidden ones skipped).")
    boolean recursive;
}
