/**
 * The <em>memdsl Results</em> view: {@link ResultsView} shows the outcomes of the last run, each
 * experiment's figures as live SWTChart charts under the name of its output folder, and its image
 * results (receptive fields, confusion matrices) from the PNG files the runner wrote.
 *
 * <p>Charts are drawn from the same renderer-independent {@link org.memdsl.runtime.result.Figure}
 * descriptions as the headless PNG files, with the same treatment of logarithmic axes, so the view
 * and the files show the same data. The view only displays: it does not run, recompute or write
 * results, and it is used on the display thread only.
 */
package org.memdsl.ui.results;
