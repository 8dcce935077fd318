package org.memdsl.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder a spec may read from: the nearest folder at or above the spec's own that marks a
 * project ({@code .project} of a workbench project, {@code .git}, or an empty {@code .memdsl-root}),
 * else the spec's own folder. Imports and data files must lie inside it once symbolic links are
 * resolved, so a shared spec cannot read {@code /etc/passwd}, {@code /proc/self/environ} or the
 * sender's home folder.
 */
public final class ProjectRoot {

    /** The files that mark a project's folder. */
    public static final List<String> MARKERS = List.of(".memdsl-root", ".project", ".git");

    private static final Map<Path, Path> ROOTS = new ConcurrentHashMap<>();

    private ProjectRoot() {
    }

    /** The system property that names the project root of every spec (the command line's {@code --root}). */
    public static final String ROOT_PROPERTY = "memdsl.root";

    /** The project root of the spec {@code file}: {@value #ROOT_PROPERTY} when set, else found from its folder. */
    public static Path of(Path file) {
        String given = System.getProperty(ROOT_PROPERTY);
        if (given != null && !given.isBlank()) {
            return real(Path.of(given).toAbsolutePath().normalize());
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return ROOTS.computeIfAbsent(folder, f -> {
            for (Path at = f; at != null; at = at.getParent()) {
                for (String marker : MARKERS) {
                    if (Files.exists(at.resolve(marker))) {
                        return real(at);
                    }
                }
            }
            return real(f);
        });
    }

    /**
     * Why {@code target}, named by the spec {@code file}, may not be read, or empty when it lies inside
     * the spec's project root (links resolved).
     */
    public static Optional<String> outside(Path file, Path target) {
        Path root = of(file);
        Path resolved = real(target.toAbsolutePath().normalize());
        if (resolved.startsWith(root) || extraRoots().stream().anyMatch(resolved::startsWith)) {
            return Optional.empty();
        }
        return Optional.of("it lies outside the project folder " + root + " (a spec reads only files inside its "
                + "project: the folder above it with " + String.join(", ", MARKERS) + ", else its own folder, or "
                + "the folder given by --root; shared data folders can be added with MEMDSL_ROOTS)");
    }

    /**
     * Folders every spec may read besides its project, for data shared between projects (a dataset
     * folder): the {@code MEMDSL_ROOTS} environment variable or the {@code memdsl.roots} system
     * property, folders separated by the path separator.
     */
    public static List<Path> extraRoots() {
        List<Path> roots = new java.util.ArrayList<>();
        for (String list : new String[] { System.getenv("MEMDSL_ROOTS"), System.getProperty("memdsl.roots") }) {
            if (list == null || list.isBlank()) {
                continue;
            }
            for (String entry : list.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    roots.add(real(Path.of(entry.strip()).toAbsolutePath().normalize()));
                }
            }
        }
        return roots;
    }

    /** The real path where it exists (links resolved), else the path as given. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            Path parent = path.getParent();
            return parent == null || parent.equals(path) ? path : real(parent).resolve(path.getFileName());
        }
    }
}
