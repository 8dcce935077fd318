package org.memdsl.ui.navigation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.memdsl.ide.navigation.SpecWorkspace;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Every {@code .mem} file of the open projects (not under a {@code results} folder), each with the
 * text of its open editor if it has one, else its saved text; plus the active document when it is
 * not a workspace file. What go to declaration, find references and rename search.
 */
public final class WorkspaceSpecs {

    private WorkspaceSpecs() {
    }

    public static SpecWorkspace open(IDocument active) throws IOException {
        Map<URI, String> texts = new LinkedHashMap<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!project.isOpen()) {
                continue;
            }
            try {
                project.accept(resource -> {
                    if (resource.getType() == IResource.FOLDER && "results".equals(resource.getName())) {
                        return false;
                    }
                    if (resource instanceof IFile file && "mem".equals(file.getFileExtension())
                            && file.getLocation() != null) {
                        texts.put(uri(file), textOf(file));
                    }
                    return true;
                });
            } catch (CoreException e) {
                MemDslUiPlugin.log().warn("could not list the .mem files of " + project.getName(), e);
            }
        }
        texts.put(DocumentFiles.uri(active), active.get());
        return MemDslUiPlugin.get().injector().getInstance(SpecWorkspace.class).open(texts);
    }

    public static URI uri(IFile file) {
        return URI.createFileURI(file.getLocation().toOSString());
    }

    /** The text of the file's open editor, or what is saved. */
    public static String textOf(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
                LocationKind.IFILE);
        if (buffer != null) {
            return buffer.getDocument().get();
        }
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | CoreException e) {
            MemDslUiPlugin.log().warn("could not read " + file.getFullPath(), e);
            return "";
        }
    }
}
