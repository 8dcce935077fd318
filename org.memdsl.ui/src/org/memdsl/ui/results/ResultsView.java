package org.memdsl.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.memdsl.run.ExperimentRunner;

/**
 * Shows the figures of the last run: the PNG files the runner wrote (the same renderer as the
 * command line), one under the other with the experiment and file names.
 */
public class ResultsView extends ViewPart {

    public static final String ID = "org.memdsl.ui.results";

    private ScrolledComposite scroll;
    private Composite content;
    private final List<Image> images = new ArrayList<>();
    private final List<Path> shownFiles = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        new Label(content, SWT.NONE).setText("Run a .mem file (memdsl ▸ Run Experiment) to see its figures here.");
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        layout();
    }

    public void show(List<ExperimentRunner.Outcome> outcomes) {
        for (Control c : content.getChildren()) {
            c.dispose();
        }
        images.forEach(Image::dispose);
        images.clear();
        shownFiles.clear();
        for (ExperimentRunner.Outcome outcome : outcomes) {
            Label title = new Label(content, SWT.NONE);
            title.setText(outcome.experiment() + "  —  " + outcome.directory());
            for (Path file : outcome.files()) {
                if (!file.toString().endsWith(".png")) {
                    continue;
                }
                Image image = new Image(content.getDisplay(), file.toString());
                images.add(image);
                shownFiles.add(file);
                Label picture = new Label(content, SWT.NONE);
                picture.setImage(image);
                picture.setToolTipText(file.toString());
                picture.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            }
        }
        layout();
    }

    /** The figure files currently shown, in display order. */
    public List<Path> shownFiles() {
        return List.copyOf(shownFiles);
    }

    private void layout() {
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    @Override
    public void setFocus() {
        scroll.setFocus();
    }

    @Override
    public void dispose() {
        images.forEach(Image::dispose);
        super.dispose();
    }
}
