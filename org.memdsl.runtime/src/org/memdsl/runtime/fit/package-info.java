/**
 * Fits of a model's named parameters to measured data by least squares through the simulator:
 * {@link org.memdsl.runtime.fit.ModelFit} drives Hipparchus' Levenberg–Marquardt optimiser over
 * the parameters (positive ones on a log scale, all within their bounds), with a Jacobian by finite
 * differences of whole runs, and reports the fitted values with their standard errors, the
 * residuals and the fit's quality. Plain Java: the language supplies the model as a function from
 * parameter values to the run's values at the data points.
 */
package org.memdsl.runtime.fit;
