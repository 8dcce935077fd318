package org.memdsl.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** Window ▸ Preferences ▸ memdsl: output folder, seed override, one folder per run. */
public class RunPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public RunPreferencePage() {
        super(GRID);
        setPreferenceStore(MemDslUiPlugin.get().getPreferenceStore());
        setDescription("Defaults of Run Experiment. The command line takes the same as --out and --seed.");
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor folder = new StringFieldEditor(RunPreferences.OUTPUT_FOLDER,
                "Output folder (next to the .mem file):", getFieldEditorParent());
        folder.setEmptyStringAllowed(false);
        addField(folder);
        StringFieldEditor seed = new StringFieldEditor(RunPreferences.SEED,
                "Seed for every run (empty: the file's own):", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String text = getStringValue().trim();
                if (text.isEmpty() || text.matches("-?\\d{1,18}")) {
                    return true;
                }
                setErrorMessage("The seed is a whole number, e.g. 42, or empty");
                return false;
            }
        };
        addField(seed);
        addField(new BooleanFieldEditor(RunPreferences.KEEP_RUNS,
                "Keep every run in its own folder (named by its start time)", getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is the plugin's, set in the constructor
    }
}
