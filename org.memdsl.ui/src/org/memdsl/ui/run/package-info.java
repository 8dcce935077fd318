/**
 * The workbench's <em>Run Experiment</em> command: {@link RunExperimentHandler} saves the active
 * {@code .mem} editor and starts a {@link RunExperimentJob}, which runs the file in a background
 * job through the same runner as the command line ({@code SpecRunner} of the language) and writes
 * its results to {@code results/FILE-STEM/} next to it.
 *
 * <p>The run never happens on the UI thread; progress and cancellation go through the job's
 * monitor, and only showing the outcomes in the results view is handed back to the display thread.
 * A spec with errors is not run: the job fails with its issues. Results, provenance and seeds are
 * those the command line would give for the same file; the workbench adds no run logic of its own.
 * After a run the workspace folder is refreshed so the written files appear.
 */
package org.memdsl.ui.run;
