/**
 * Studies: one experiment run at many points. A {@link org.memdsl.runtime.study.StudyDesign}
 * lists the points (sweep axes, grids of them, device-to-device variation samples), each with its
 * values and a seed derived from the study's seed and the point's index only, so a point gives the
 * same row whatever engine, thread or order runs it. A
 * {@link org.memdsl.runtime.study.StudyExecutor} runs the points on all cores, keeps each finished
 * point in its own file (written atomically) and skips those on a rerun, and
 * {@link org.memdsl.runtime.study.StudyOutputs} turns the rows into the study's table and figures.
 * Plain Java: the language compiles one point into an experiment plan.
 */
package org.memdsl.runtime.study;
