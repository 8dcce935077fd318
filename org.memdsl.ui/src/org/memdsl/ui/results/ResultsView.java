package org.memdsl.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.Raster;

/**
 * Shows the figures of the last run as live charts, drawn from the same plot descriptions as the
 * PNG files the runner wrote (whose folder is named above each experiment's charts), its image
 * results (receptive fields, confusion matrices) from the PNG files themselves, and the rows of a
 * characterisation as a table.
 */
public class ResultsView extends ViewPart {

    public static final String ID = "org.memdsl.ui.results";

    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 420;

    private ScrolledComposite scroll;
    private Composite content;
    private final List<String> shownFigures = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(2, true));
        Label hint = new Label(content, SWT.NONE);
        hint.setText("Run a .mem file (memdsl \u25B8 Run Experiment) to see its figures here.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        layout();
    }

    public void show(List<SpecRunner.Outcome> outcomes) {
        for (Control c : content.getChildren()) {
            c.dispose();
        }
        disposeImages();
        shownFigures.clear();
        for (SpecRunner.Outcome outcome : outcomes) {
            if (outcome.characterisation() != null) {
                showCharacterisation(outcome);
            }
        }
        for (SpecRunner.Outcome outcome : outcomes) {
            if (outcome.characterisation() != null) {
                continue;
            }
            Label title = new Label(content, SWT.NONE);
            title.setText(outcome.experiment() + "  \u2014  " + outcome.directory());
            title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            for (Figure figure : outcome.result().figures()) {
                Chart chart = FigureChart.create(content, figure);
                GridData size = new GridData(SWT.FILL, SWT.FILL, true, false);
                size.widthHint = CHART_WIDTH;
                size.heightHint = CHART_HEIGHT;
                chart.setLayoutData(size);
                chart.setToolTipText(outcome.directory().resolve(figure.name() + ".png").toString());
                shownFigures.add(outcome.experiment() + "/" + figure.name());
            }
            for (Raster raster : outcome.result().rasters()) {
                String file = outcome.directory().resolve(raster.name() + ".png").toString();
                Label picture = new Label(content, SWT.NONE);
                try {
                    Image image = new Image(content.getDisplay(), file);
                    images.add(image);
                    picture.setImage(image);
                } catch (SWTException e) {
                    picture.setText(file + ": " + e.getMessage());
                }
                picture.setToolTipText(file);
                picture.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
                shownFigures.add(outcome.experiment() + "/" + raster.name());
            }
        }
        layout();
    }

    /** A characterisation's table comes first: one row per device, the protocols' own figures below. */
    private void showCharacterisation(SpecRunner.Outcome outcome) {
        Label title = new Label(content, SWT.NONE);
        title.setText(outcome.experiment() + "  \u2014  " + outcome.directory().resolve("characterisation.csv"));
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Table table = CharacterisationTable.create(content, outcome.characterisation());
        GridData size = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        size.heightHint = Math.min(300, table.getHeaderHeight() + table.getItemHeight() * (table.getItemCount() + 1));
        table.setLayoutData(size);
        shownFigures.add(outcome.experiment() + "/characterisation");
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    @Override
    public void dispose() {
        disposeImages();
        super.dispose();
    }

    /** {@code EXPERIMENT/FIGURE} of each chart and image shown, in display order. */
    public List<String> shownFigures() {
        return List.copyOf(shownFigures);
    }

    private void layout() {
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    @Override
    public void setFocus() {
        scroll.setFocus();
    }
}
