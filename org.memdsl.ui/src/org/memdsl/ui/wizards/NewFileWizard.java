package org.memdsl.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.memdsl.ui.builder.MemDslNature;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * File ▸ New ▸ memdsl File: a {@code .mem} file with a small working experiment to start from,
 * opened in the editor; its project gets the memdsl nature if it lacks it.
 */
public class NewFileWizard extends Wizard implements INewWizard {

    public static final String ID = MemDslUiPlugin.ID + ".newFile";

    /** What a new file holds: a device, a stimulus and an experiment that runs as it is. */
    public static final String CONTENT = """
            // A memdsl experiment spec: devices, stimuli, experiments. Ctrl+Space completes names,
            // hovering a name explains it, Ctrl+Alt+X M runs the file.

            device cell : opto_memristor { }

            stimulus pulse1 : pulse { amplitude = 3 V width = 6 ms }

            experiment first {
                device cell
                apply pulse1
                sample = 0.1 ms
                measure epsc
            }
            """;

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage page;
    private IFile created;

    public NewFileWizard() {
        setWindowTitle("New memdsl File");
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection current) {
        this.workbench = bench;
        this.selection = current;
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("memdslFile", selection) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(CONTENT.getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("memdsl File");
        page.setDescription("An experiment spec (.mem) with a device, a stimulus and an experiment to start from.");
        page.setFileExtension("mem");
        page.setFileName("experiment.mem");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        created = file;
        try {
            file.setCharset("UTF-8", null);
        } catch (CoreException e) {
            MemDslUiPlugin.log().warn("cannot set the charset of " + file.getFullPath(), e);
        }
        MemDslNature.addTo(file.getProject());
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            } catch (PartInitException e) {
                MemDslUiPlugin.log().error("cannot open " + file.getFullPath(), e);
            }
        }
        return true;
    }

    public IFile created() {
        return created;
    }

    /** The page, for tests that fill it in. */
    public WizardNewFileCreationPage page() {
        return page;
    }
}
