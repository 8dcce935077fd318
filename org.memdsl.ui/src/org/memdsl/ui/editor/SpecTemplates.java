package org.memdsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.memdsl.ide.contentassist.SpecTemplate;

/**
 * A protocol template of the IDE services as an editor proposal: inserting it enters linked mode,
 * where each name to fill in is edited once for all its places and Tab moves to the next.
 */
final class SpecTemplates {

    static final String CONTEXT = "org.memdsl.ui.templates";

    private static final TemplateContextType TYPE = new TemplateContextType(CONTEXT, "memdsl");

    static {
        TYPE.addResolver(new GlobalTemplateVariables.Cursor());
    }

    private SpecTemplates() {
    }

    static TemplateProposal proposal(SpecTemplate spec, IDocument document, int offset, int length) {
        Template template = new Template(spec.name(), spec.description(), CONTEXT, spec.body(), false);
        DocumentTemplateContext context = new DocumentTemplateContext(TYPE, document, offset, length);
        return new TemplateProposal(template, context, new Region(offset, length), null);
    }
}
