package org.memdsl.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.memdsl.memDsl.FileName;
import org.memdsl.memDsl.Model;
import org.memdsl.runtime.output.InputFile;

/**
 * Every file a run of a spec reads: the spec, its imports, the data files and folders its values
 * name (tables, images, data sets) and the shipped libraries it imports by name, each with its
 * SHA-256, paths relative to the spec's folder so that a shared provenance names no one's disk.
 */
public final class SpecInputs {

    /** A folder of more files than this is hashed by its first files only (and says so). */
    static final int FOLDER_LIMIT = 100_000;

    private SpecInputs() {
    }

    public static List<InputFile> of(LoadedSpec spec) throws IOException {
        Path folder = spec.file().getParent();
        Map<Path, String> files = new LinkedHashMap<>();
        List<InputFile> libraries = new ArrayList<>();
        for (Path file : spec.files()) {
            files.put(file, file.equals(spec.file()) ? "spec" : "import");
        }
        if (spec.model() != null && spec.model().eResource() != null
                && spec.model().eResource().getResourceSet() != null) {
            for (Resource resource : spec.model().eResource().getResourceSet().getResources()) {
                if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
                    continue;
                }
                if (!resource.getURI().isFile()) {
                    String text = resource instanceof XtextResource x && x.getParseResult() != null
                            ? x.getParseResult().getRootNode().getText() : "";
                    libraries.add(new InputFile("library:" + resource.getURI().lastSegment(), "library", sha256(text)));
                    continue;
                }
                Path owner = Path.of(resource.getURI().toFileString());
                for (FileName name : EcoreUtil2.eAllOfType(model, FileName.class)) {
                    Path data = owner.resolveSibling(name.getPath()).normalize();
                    if (Files.exists(data)) {
                        files.putIfAbsent(data, Files.isDirectory(data) ? "data-folder" : "data");
                    }
                }
            }
        }
        List<InputFile> result = new ArrayList<>();
        for (Map.Entry<Path, String> file : files.entrySet()) {
            result.add(new InputFile(relative(folder, file.getKey()), file.getValue(), hash(file.getKey())));
        }
        result.addAll(libraries);
        return result;
    }

    /** {@code path} relative to {@code folder}, with {@code /} on every system. */
    public static String relative(Path folder, Path path) {
        return folder.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /** One SHA-256 over the bytes of the files in order: the spec and its imports as {@code specSha256}. */
    public static String sha256(List<Path> files) throws IOException {
        MessageDigest all = sha();
        for (Path file : files) {
            all.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    static String hash(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return HexFormat.of().formatHex(digest(path));
        }
        MessageDigest folder = sha();
        try (Stream<Path> all = Files.walk(path)) {
            List<Path> files = all.filter(Files::isRegularFile).sorted().limit(FOLDER_LIMIT).toList();
            for (Path file : files) {
                folder.update(relative(path, file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                folder.update((byte) 0);
                folder.update(digest(file));
            }
        }
        return HexFormat.of().formatHex(folder.digest());
    }

    private static byte[] digest(Path file) throws IOException {
        MessageDigest sha = sha();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return sha.digest();
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
