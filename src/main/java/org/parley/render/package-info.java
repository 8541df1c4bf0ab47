/**
 * Shared: pictures written by libraries, for every feature that shows one. {@link org.parley.render.ImageFormat}
 * turns a Java2D painter into SVG (JFreeSVG) or PNG (ImageIO), {@link org.parley.render.StackedBars} draws a stacked
 * bar chart with JFreeChart, {@link org.parley.render.Palette} gives sides and channels the same colours in every
 * picture, and {@link org.parley.render.HtmlPage} writes a self-contained HTML page with a table and a chart.
 * It knows no feature and no database.
 */
package org.parley.render;
