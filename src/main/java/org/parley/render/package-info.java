/**
 * Shared. Pictures written by libraries, for every feature that shows one: {@code ImageFormat} turns a Java2D painter
 * into SVG (JFreeSVG) or PNG (ImageIO), {@code StackedBars} draws a stacked bar chart with JFreeChart, {@code Palette}
 * gives sides and channels the same colours in every picture, and {@code HtmlPage} writes a self-contained HTML page
 * with a table and a chart. It knows no feature and no database.
 */
@Shared
package org.parley.render;

import org.parley.layers.Shared;
