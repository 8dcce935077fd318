package org.memdsl.ui.navigation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.SpecSymbol;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.resource.TextResources;
import org.eclipse.ui.texteditor.ITextEditor;

/** Ctrl+O: the file's declarations in a window over the editor; type to filter, Return to go there. */
public class QuickOutlineHandler extends AbstractHandler {

    static NavigatorPopup lastPopup;

    @Override
    public Object execute(ExecutionEvent event) {
        SpecEditor spec = SpecEditor.of(event).orElse(null);
        if (spec == null) {
            return null;
        }
        try {
            var resource = MemDslUiPlugin.get().injector().getInstance(TextResources.class)
                    .load(spec.document().get(), DocumentFiles.uri(spec.document()));
            List<SpecSymbol> symbols = MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class)
                    .symbols(resource);
            lastPopup = new NavigatorPopup(HandlerUtil.getActiveShell(event), spec.editor().getTitle(),
                    items(symbols, spec.editor()));
            lastPopup.open();
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl quick outline failed", e);
        }
        return null;
    }

    static List<NavigatorPopup.Item> items(List<SpecSymbol> symbols, ITextEditor editor) {
        return symbols.stream().map(s -> new NavigatorPopup.Item(s.kind() + " " + s.label(),
                () -> editor.selectAndReveal(s.nameOffset(), s.nameLength()), items(s.children(), editor))).toList();
    }

    public static NavigatorPopup lastPopup() {
        return lastPopup;
    }
}
