package org.unkg.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project's data directories as the jar carries them: the build copies {@code data/catalog},
 * {@code data/rules}, {@code ontology} and {@code queries} into the jar ({@code catalog/}, {@code rules/},
 * {@code ontology/}, {@code queries/}), so {@code unkg} runs from any directory. A directory in the working
 * tree takes precedence, so edits to the repository's data take effect without rebuilding the jar.
 */
public final class BundledData {
    private BundledData() {}

    /**
     * {@code local} when it is a directory, else the bundled directory {@code name} on the classpath (inside the
     * jar, a path of a zip file system), else {@code local} as given (callers report it missing).
     */
    public static Path dir(Path local, String name) {
        if (Files.isDirectory(local)) {
            return local;
        }
        Path bundled = bundled(name);
        return bundled != null ? bundled : local;
    }

    /** The bundled directory {@code name}, or null when the classpath has none. */
    public static Path bundled(String name) {
        URL url = BundledData.class.getResource("/" + name);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
