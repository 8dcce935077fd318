package org.memdsl.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.memdsl.ide.MemDslIdeSetup;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/** Bundle activator; holds the language injector (runtime + generic IDE services). */
public class MemDslUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.memdsl.ui";
    public static final String PROBLEM_MARKER = ID + ".problem";
    /** What stopped a run (found only when compiling or running), shown until the file runs again. */
    public static final String RUN_PROBLEM_MARKER = ID + ".runProblem";

    private static MemDslUiPlugin instance;
    private Injector injector;

    /** The Generic Editor's preference that opens content assist on every typed letter. */
    static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";
    static final String ASSIST_ON_TYPE = "contentAssistant.autoActivationOnType";

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        // Content assist opens on Ctrl+Space and after ':' only: opening on every letter made Return
        // accept a proposal instead of breaking the line. The user may turn it back on.
        DefaultScope.INSTANCE.getNode(GENERIC_EDITOR).putBoolean(ASSIST_ON_TYPE, false);
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> EditorContexts.install(PlatformUI.getWorkbench()));
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static MemDslUiPlugin get() {
        return instance;
    }

    public synchronized Injector injector() {
        if (injector == null) {
            injector = new MemDslIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    public static ILog log() {
        return ILog.of(MemDslUiPlugin.class);
    }
}
