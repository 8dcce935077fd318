package org.memdsl.compiler;

import java.nio.file.Path;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/** Data files named in a {@code .mem} file, resolved against the directory of that file. */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * @throws CompileException when the spec is not a file on disk and the path is relative, when the
     *         path is no file name, or when it lies outside the spec's {@link ProjectRoot}
     */
    public static Path resolve(EObject context, String path) {
        Path given;
        try {
            given = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CompileException("\"" + path.replace('\0', '?') + "\" is not a file name", context);
        }
        URI uri = context.eResource() == null ? null : context.eResource().getURI();
        if (uri != null && uri.isPlatform()) {
            uri = CommonPlugin.resolve(uri);
        }
        if (uri == null || !uri.isFile()) {
            if (given.isAbsolute()) {
                return given;
            }
            throw new CompileException("cannot resolve \"" + path + "\": the spec is not a file on disk", context);
        }
        Path spec = Path.of(uri.toFileString());
        Path target = spec.resolveSibling(given).normalize();
        ProjectRoot.outside(spec, target).ifPresent(why -> {
            throw new CompileException("\"" + path + "\" cannot be read: " + why, context);
        });
        return target;
    }
}
