package org.memdsl.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.memdsl.ui.builder.MemDslNature;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * File ▸ New ▸ memdsl Project: a project with the memdsl nature (so every {@code .mem} file is
 * checked on save and build) and, if wanted, the papers' example specs in {@code papers/}.
 */
public class NewProjectWizard extends Wizard implements INewWizard {

    public static final String ID = MemDslUiPlugin.ID + ".newProject";

    private WizardNewProjectCreationPage page;
    private boolean examples = true;
    private IProject created;

    public NewProjectWizard() {
        setWindowTitle("New memdsl Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // a new project depends on nothing selected
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("memdslProject") {
            @Override
            public void createControl(Composite parent) {
                super.createControl(parent);
                Composite control = (Composite) getControl();
                Button box = new Button(control, SWT.CHECK);
                box.setText("Add the papers' example specs (papers/*.mem)");
                box.setSelection(examples);
                box.addListener(SWT.Selection, e -> examples = box.getSelection());
            }
        };
        if (initialName != null) {
            page.setInitialProjectName(initialName);
        }
        page.setTitle("memdsl Project");
        page.setDescription("A project whose .mem files are checked on every save and build.");
        addPage(page);
    }

    private String initialName;

    /** The name the page starts with (before the wizard's pages are made). */
    public void setInitialProjectName(String name) {
        initialName = name;
    }

    /** Whether the examples are copied; for tests that do not click. */
    public void setExamples(boolean wanted) {
        examples = wanted;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    create(project, description, examples, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            MemDslUiPlugin.log().error("cannot create " + project.getName(), e.getCause());
            MessageDialog.openError(getShell(), "New memdsl Project", "Could not create the project: "
                    + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = project;
        return true;
    }

    public IProject created() {
        return created;
    }

    /** Creates and opens the project, adds the nature and, if wanted, the examples. */
    public static void create(IProject project, IProjectDescription description, boolean withExamples,
            IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        if (withExamples) {
            copyExamples(project, progress.split(1));
        }
        MemDslNature.add(project, progress.split(1));
    }

    private static void copyExamples(IProject project, IProgressMonitor monitor) throws CoreException {
        IFolder folder = project.getFolder("papers");
        if (!folder.exists()) {
            folder.create(true, true, monitor);
        }
        var entries = MemDslUiPlugin.get().getBundle().findEntries("examples/papers", "*.mem", false);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        for (URL url : urls) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            IFile file = folder.getFile(name);
            try (InputStream in = url.openStream()) {
                if (!file.exists()) {
                    file.create(in, true, monitor);
                    file.setCharset("UTF-8", monitor);
                }
            } catch (IOException e) {
                throw new CoreException(org.eclipse.core.runtime.Status.error("cannot copy " + name, e));
            }
        }
    }
}
