package org.memdsl.ui.navigation;

import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ide.navigation.SpecWorkspace;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** Ctrl+click on a name opens its declaration, also in an imported file. */
public class MemHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IDocument document = viewer.getDocument();
        try {
            SpecWorkspace workspace = MemDslUiPlugin.get().injector().getInstance(SpecWorkspace.class)
                    .open(Map.of(DocumentFiles.uri(document), document.get()));
            XtextResource resource = workspace.resource(DocumentFiles.uri(document));
            ILeafNode leaf = resource.getParseResult() == null ? null
                    : NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), region.getOffset());
            if (leaf == null || leaf.isHidden()) {
                return null;
            }
            Place target = MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class)
                    .declaration(workspace, DocumentFiles.uri(document), region.getOffset()).orElse(null);
            if (target == null || target.uri().equals(DocumentFiles.uri(document))
                    && target.offset() == leaf.getOffset()) {
                return null; // a declaration's own name links nowhere
            }
            IRegion link = new Region(leaf.getOffset(), leaf.getLength());
            return new IHyperlink[] { new DeclarationLink(link, target) };
        } catch (Exception e) {
            MemDslUiPlugin.log().warn("memdsl hyperlink failed", e);
            return null;
        }
    }

    private record DeclarationLink(IRegion region, Place target) implements IHyperlink {

        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return "declaration";
        }

        @Override
        public String getHyperlinkText() {
            return "Open Declaration (" + Places.label(target) + ")";
        }

        @Override
        public void open() {
            Places.reveal(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target);
        }
    }
}
