/**
 * What to say about an analysis and how it looks: a report model built from the analysis result
 * (rows, bars, takeaways; all text from the bundles), and one renderer per format — text
 * (display-width aware, so Korean aligns), Markdown and JSON. Renderers never recompute an
 * analysis. The text renderers lay out a {@code TextPage} (titles, headings, bullets, tables)
 * and style it through {@link dev.crossroads.report.TextStyle}, the one place that decides bold,
 * faint and colour and leaves text plain when colour is off; the JSON renderers write through
 * {@code JsonDocument}. {@link dev.crossroads.report.ValueText} reads any value with its unit or
 * scale; a {@link dev.crossroads.report.DecisionSheet} shows the person's own answers back. Text
 * from a profile may be hostile: the models, tables and wrapped lines clean it of terminal
 * controls ({@link dev.crossroads.TerminalText}) before it is measured or coloured, and {@link
 * dev.crossroads.report.MarkdownText} and {@link dev.crossroads.report.HtmlText} make it inert in
 * their formats.
 */
package dev.crossroads.report;
