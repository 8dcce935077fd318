package org.memdsl.ui.editor;

import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/** Which file an editor document belongs to, as an EMF URI and, if it has one, a workspace file. */
public final class DocumentFiles {

    private static final URI UNTITLED = URI.createFileURI("/untitled.mem");

    private DocumentFiles() {
    }

    public static URI uri(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer != null && buffer.getFileStore() != null) {
            return URI.createURI(buffer.getFileStore().toURI().toString());
        }
        return UNTITLED;
    }

    static Optional<IFile> workspaceFile(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer != null && buffer.getLocation() != null
                && ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation()) instanceof IFile file) {
            return Optional.of(file);
        }
        return Optional.empty();
    }
}
