package org.memdsl.runtime.output;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A linear axis whose ticks sit at round values (1, 2, 5 × 10ⁿ) and number at most
 * {@link #MAX_TICKS}: JFreeChart alone picks the finest unit whose labels do not overlap, which on
 * a tall plot means a label every few pixels.
 */
final class RoundNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    static final int MAX_TICKS = 9;

    RoundNumberAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        TickUnit chosen = getTickUnit();
        TickUnit coarse = getStandardTickUnits().getCeilingTickUnit(getRange().getLength() / MAX_TICKS);
        if (coarse.getSize() > chosen.getSize() && coarse instanceof NumberTickUnit unit) {
            setTickUnit(unit, false, false);
        }
    }
}
