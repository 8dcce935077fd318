package org.memdsl.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.Raster;

/**
 * A line of the results tree: a run, an experiment of it, or one of the experiment's results (a
 * figure, an image, a characterisation table).
 */
sealed interface ResultItem {

    String label();

    List<ResultItem> children();

    /** The first result at or under this line: what selecting it shows. */
    default Leaf first() {
        return this instanceof Leaf leaf ? leaf : children().isEmpty() ? null : children().get(0).first();
    }

    record Run(SpecRun run) implements ResultItem {
        @Override
        public String label() {
            return run.label();
        }

        @Override
        public List<ResultItem> children() {
            List<ResultItem> outcomes = new ArrayList<>();
            run.outcomes().stream().filter(o -> o.characterisation() != null)
                    .forEach(o -> outcomes.add(new Outcome(run, o)));
            run.outcomes().stream().filter(o -> o.characterisation() == null)
                    .forEach(o -> outcomes.add(new Outcome(run, o)));
            return outcomes;
        }
    }

    record Outcome(SpecRun run, SpecRunner.Outcome outcome) implements ResultItem {
        @Override
        public String label() {
            return outcome.experiment();
        }

        @Override
        public List<ResultItem> children() {
            List<ResultItem> leaves = new ArrayList<>();
            if (outcome.characterisation() != null) {
                leaves.add(new Leaf(run, outcome, "characterisation", null, null));
                return leaves;
            }
            for (Figure figure : outcome.result().figures()) {
                leaves.add(new Leaf(run, outcome, figure.name(), figure, null));
            }
            for (Raster raster : outcome.result().rasters()) {
                leaves.add(new Leaf(run, outcome, raster.name(), null, raster));
            }
            return leaves;
        }
    }

    /** One result: a figure, an image ({@code raster}) or, with neither, the characterisation table. */
    record Leaf(SpecRun run, SpecRunner.Outcome outcome, String name, Figure figure, Raster raster)
            implements ResultItem {
        @Override
        public String label() {
            return name;
        }

        @Override
        public List<ResultItem> children() {
            return List.of();
        }

        /** {@code EXPERIMENT/NAME}. */
        String key() {
            return outcome.experiment() + "/" + name;
        }

        Path imageFile() {
            return outcome.directory().resolve(name + ".png");
        }
    }
}
