package org.memdsl.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ide.quickfix.MemDslQuickFixes;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.navigation.SpecEdits;
import org.memdsl.ui.navigation.WorkspaceSpecs;

/**
 * Quick fixes of memdsl problem markers in the Problems view (Ctrl+1 there, and the light bulb):
 * the same fixes as Ctrl+1 in the editor, computed on the file's current text at the marker.
 */
public class MemMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !fixes(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fixes(marker).stream().map(f -> new Resolution(f)).toArray(IMarkerResolution[]::new);
    }

    private static List<MemDslQuickFixes.Fix> fixes(IMarker marker) {
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        if (start < 0 || !(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
            return List.of();
        }
        try {
            return MemDslUiPlugin.get().injector().getInstance(MemDslQuickFixes.class)
                    .fixesAt(WorkspaceSpecs.textOf(file), WorkspaceSpecs.uri(file), start);
        } catch (Exception e) {
            MemDslUiPlugin.log().warn("memdsl quick fixes of " + file.getFullPath() + " failed", e);
            return List.of();
        }
    }

    private record Resolution(MemDslQuickFixes.Fix fix) implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return fix.label();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            IFile file = (IFile) marker.getResource();
            URI uri = WorkspaceSpecs.uri(file);
            try {
                SpecEdits.replace(uri, List.of(new Place(uri, fix.offset(), fix.length(), 0)), fix.text());
                ProblemMarkers.recheck(file);
            } catch (Exception e) {
                MemDslUiPlugin.log().error("memdsl quick fix '" + fix.label() + "' failed", e);
            }
        }
    }
}
