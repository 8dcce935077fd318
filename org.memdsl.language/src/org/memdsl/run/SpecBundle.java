package org.memdsl.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.memdsl.compiler.ProjectRoot;
import org.memdsl.runtime.output.AtomicFiles;
import org.memdsl.runtime.output.InputFile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.Inject;

/**
 * A spec shared as one file: {@code memdsl bundle FILE} packs the spec, its imports and the data
 * files and folders it reads (each at its place relative to the spec, {@code ../data} included)
 * into a zip archive ({@code .membundle}) with {@value #MANIFEST}, which
 * records each file's SHA-256; {@code memdsl run BUNDLE} unpacks it into a fresh folder, refuses it
 * if any file differs from its record, and runs the spec there, giving the tables the original
 * gives. Shipped libraries are not packed (they come with memdsl); their hashes are recorded.
 */
public class SpecBundle {

    public static final String MANIFEST = "bundle.json";
    public static final String EXTENSION = ".membundle";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** What {@value #MANIFEST} holds. */
    record Manifest(String memdslVersion, String spec, List<InputFile> files) {
    }

    @Inject
    private SpecLoader loader;

    /**
     * Packs {@code spec} with everything it reads into {@code target} (atomically).
     *
     * @throws SpecErrorsException when the spec has errors
     */
    public Path create(Path spec, Path target, String version) throws IOException, SpecErrorsException {
        LoadedSpec loaded = loader.load(spec);
        if (loaded.hasErrors()) {
            throw new SpecErrorsException(loaded.issues());
        }
        Path folder = loaded.file().toAbsolutePath().normalize().getParent();
        List<InputFile> inputs = SpecInputs.of(loaded);
        // the bundle's top folder: the nearest one holding the spec and everything it reads (all inside
        // its project, which the loader has checked), so '../data' keeps its place relative to the spec
        Path base = folder;
        for (InputFile input : inputs) {
            if (!"library".equals(input.kind())) {
                Path file = folder.resolve(input.path()).normalize();
                while (!file.startsWith(base)) {
                    base = base.getParent();
                }
            }
        }
        List<String> packed = new ArrayList<>();
        packed.add(SpecInputs.relative(base, loaded.file()));
        for (InputFile input : inputs) {
            if ("library".equals(input.kind())) {
                continue;
            }
            Path file = folder.resolve(input.path()).normalize();
            if (Files.isDirectory(file)) {
                try (Stream<Path> all = Files.walk(file)) {
                    for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                        packed.add(SpecInputs.relative(base, f));
                    }
                }
            } else {
                packed.add(SpecInputs.relative(base, file));
            }
        }
        Path top = base;
        Manifest manifest = new Manifest(version, SpecInputs.relative(base, loaded.file()), inputs);
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(GSON.toJson(manifest).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (String path : packed.stream().distinct().toList()) {
                zip.putNextEntry(new ZipEntry(path));
                Files.copy(top.resolve(path), zip);
                zip.closeEntry();
            }
            zip.finish();
        });
        return target;
    }

    /**
     * Unpacks {@code bundle} into {@code into} (an empty folder), checks every file against the
     * recorded SHA-256, and returns the spec's path there.
     *
     * @throws SpecErrorsException naming the bundle and the file when it is not a memdsl bundle, an
     *         entry would land outside {@code into}, or a file differs from its record
     */
    public static Path open(Path bundle, Path into) throws IOException, SpecErrorsException {
        Manifest manifest = null;
        Path root = into.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().startsWith("/")) {
                    throw refused(bundle, "entry '" + entry.getName() + "' would land outside the bundle's folder");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (MANIFEST.equals(entry.getName())) {
                    manifest = GSON.fromJson(new String(zip.readAllBytes(), StandardCharsets.UTF_8), Manifest.class);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, zip.readAllBytes());
            }
        } catch (java.util.zip.ZipException | com.google.gson.JsonParseException e) {
            throw refused(bundle, "not a memdsl bundle (" + e.getMessage() + ")");
        }
        if (manifest == null || manifest.spec() == null || manifest.files() == null) {
            throw refused(bundle, "not a memdsl bundle: no " + MANIFEST);
        }
        Path specFolder = root.resolve(manifest.spec()).normalize().getParent();
        if (specFolder == null || !specFolder.startsWith(root)) {
            throw refused(bundle, "its spec '" + manifest.spec() + "' would lie outside the bundle's folder");
        }
        for (InputFile file : manifest.files()) {
            if ("library".equals(file.kind())) {
                continue;
            }
            Path unpacked = specFolder.resolve(file.path()).normalize();
            if (!unpacked.startsWith(root) || !Files.exists(unpacked)) {
                throw refused(bundle, "'" + file.path() + "' is recorded but missing");
            }
            String actual = SpecInputs.hash(unpacked);
            if (!actual.equals(file.sha256())) {
                throw refused(bundle, "'" + file.path() + "' differs from the bundle's record (SHA-256 "
                        + actual.substring(0, 12) + "…, recorded "
                        + file.sha256().substring(0, Math.min(12, file.sha256().length())) + "…)");
            }
        }
        // the unpacked folder is the spec's project: what it reads beside or above the spec stays inside
        Path marker = root.resolve(ProjectRoot.MARKERS.get(0));
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
        return root.resolve(manifest.spec());
    }

    /** Deletes an unpacked bundle's folder. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static SpecErrorsException refused(Path bundle, String why) {
        return new SpecErrorsException(List.of(new SpecIssue(bundle.toString(), 1, 1, SpecIssue.Severity.ERROR,
                why)));
    }
}
