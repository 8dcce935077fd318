package org.memdsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memdsl.ui.builder.MemDslNature;

/**
 * The memdsl builder checks every {@code .mem} file of a project with the memdsl nature, also files
 * never opened, and checks again a file whose import changed.
 */
class BuilderTest {

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.openProject("memdsl-builder");
        page = Workbench.page();
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.close(page, project);
    }

    @Test
    void unopenedFilesGetMarkersAndDependantsAreRechecked() throws Exception {
        IFile devices = Workbench.file(project, "devices.mem", "device cell : vteam { }\n");
        IFile uses = Workbench.file(project, "uses.mem", """
                import "devices.mem"
                stimulus p : pulse { amplitude = 1 V width = 1 ms }
                experiment e { device cell apply p measure epsc }
                """);
        IFile broken = Workbench.file(project, "broken.mem", "stimulus q : pulse { amplitude = 1 V width = 5 mV }\n");
        MemDslNature.add(project, null);
        assertTrue(project.hasNature(MemDslNature.ID));

        assertEquals(1, Workbench.markers(broken).length, "a file never opened is checked");
        assertEquals("'mV' is not a unit of time (s) for 'width'",
                Workbench.markers(broken)[0].getAttribute(IMarker.MESSAGE, ""));
        assertEquals(0, Workbench.markers(uses).length);

        devices.setContents(new ByteArrayInputStream("device other : vteam { }\n".getBytes(StandardCharsets.UTF_8)),
                true, false, null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertTrue(Arrays.stream(Workbench.markers(uses)).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "")
                .contains("cell")), "the file importing the changed one is checked again");
    }
}
