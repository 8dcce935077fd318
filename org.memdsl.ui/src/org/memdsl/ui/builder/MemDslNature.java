package org.memdsl.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * The memdsl project nature: its projects carry the {@link MemDslBuilder}, so every {@code .mem} file
 * is checked on save and build, opened or not. Added by the New memdsl Project wizard, and to any
 * project when one of its {@code .mem} files is first opened ({@link #addTo}).
 */
public class MemDslNature implements IProjectNature {

    public static final String ID = MemDslUiPlugin.ID + ".nature";

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        if (Arrays.stream(description.getBuildSpec()).anyMatch(c -> MemDslBuilder.ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand command = description.newCommand();
        command.setBuilderName(MemDslBuilder.ID);
        ICommand[] commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
        commands[commands.length - 1] = command;
        description.setBuildSpec(commands);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !MemDslBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject value) {
        project = value;
    }

    /** Adds the nature (and so the builder) to {@code project} now, and builds it once. */
    public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
        if (!project.isOpen() || project.hasNature(ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
        natures[natures.length - 1] = ID;
        description.setNatureIds(natures);
        project.setDescription(description, monitor);
        project.build(IncrementalProjectBuilder.FULL_BUILD, MemDslBuilder.ID, null, monitor);
    }

    /** {@link #add} in a workspace job, for callers that hold no workspace lock (the editor's check). */
    public static void addTo(IProject project) {
        try {
            if (!project.isOpen() || project.hasNature(ID)) {
                return;
            }
        } catch (CoreException e) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Add memdsl nature to " + project.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                try {
                    add(project, monitor);
                } catch (CoreException e) {
                    if (project.isAccessible()) { // a project deleted meanwhile needs no nature
                        return e.getStatus();
                    }
                }
                return Status.OK_STATUS;
            }
        };
        // changing a project's description and building it both need the workspace root's rule
        job.setRule(project.getWorkspace().getRoot());
        job.setSystem(true);
        job.schedule();
    }
}
