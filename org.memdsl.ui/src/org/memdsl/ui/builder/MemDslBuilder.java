package org.memdsl.ui.builder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.memdsl.ui.editor.SpecValidator;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Checks every {@code .mem} file of the project on each build in which a {@code .mem} file changed,
 * so the Problems view is complete whether a file was opened or not, and a file that imports a
 * changed file is checked again (all files are rechecked: a project's specs are few and quick).
 * Files open in an editor are the editor's to check, on the text being edited.
 */
public class MemDslBuilder extends IncrementalProjectBuilder {

    public static final String ID = MemDslUiPlugin.ID + ".builder";

    private static final String EXTENSION = "mem";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && !touchesSpecs(delta)) {
            return null;
        }
        List<IFile> specs = new ArrayList<>();
        getProject().accept(resource -> {
            if (resource instanceof IFile file && EXTENSION.equals(file.getFileExtension())) {
                specs.add(file);
            }
            return true;
        });
        SubMonitor progress = SubMonitor.convert(monitor, "Checking memdsl files", specs.size());
        SpecValidator validator = MemDslUiPlugin.get().injector().getInstance(SpecValidator.class);
        for (IFile file : specs) {
            if (progress.isCanceled()) {
                return null;
            }
            check(validator, file, progress);
            progress.worked(1);
        }
        return null;
    }

    /** A file open in an editor is checked by the editor, on its unsaved text; the builder leaves it alone. */
    private static void check(SpecValidator validator, IFile file, SubMonitor progress) {
        if (FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null) {
            return;
        }
        try {
            String text = new String(file.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
            ProblemMarkers.write(file, validator.validate(text, URI.createFileURI(file.getLocation().toOSString()),
                    CancelIndicator.NullImpl));
        } catch (IOException | CoreException e) {
            MemDslUiPlugin.log().error("memdsl could not check " + file.getFullPath(), e);
        }
    }

    private static boolean touchesSpecs(IResourceDelta delta) throws CoreException {
        boolean[] found = { false };
        delta.accept(d -> {
            if (d.getResource() instanceof IFile file && EXTENSION.equals(file.getFileExtension())) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }
}
