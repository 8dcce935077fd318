package org.memdsl.ui.internal;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the files named by the system property {@code memdsl.open} (separated by the path
 * separator) once the workbench is up; used by {@code bin/memdsl-workbench FILE…}.
 */
public class OpenFilesAtStartup implements IStartup {

    public static final String PROPERTY = "memdsl.open";

    @Override
    public void earlyStartup() {
        String files = System.getProperty(PROPERTY);
        if (files == null || files.isBlank()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            for (String path : files.split(File.pathSeparator)) {
                IFileStore store = EFS.getLocalFileSystem().getStore(new File(path).getAbsoluteFile().toURI());
                try {
                    IDE.openEditorOnFileStore(page, store);
                } catch (PartInitException e) {
                    MemDslUiPlugin.log().error("cannot open " + path, e);
                }
            }
        });
    }
}
