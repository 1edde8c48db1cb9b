/**
 * What to say about an analysis and how it looks: a report model built from the analysis result
 * (rows, bars, takeaways; all text from the bundles), and one renderer per format — text
 * (display-width aware, so Korean aligns), Markdown and JSON. Renderers never recompute an
 * analysis.
 */
package dev.crossroads.report;
