#pragma once
/// @file PlotLegend.h
/// @brief Where the app's charts keep their legend: in a row of its own under the title, where
/// it hides no bar, bin or curve (inside the axis rect a curve may run through any corner).

class QCustomPlot;

/// @brief Moves @p plot's legend out of its axis rect into layout row @p row (the title being
/// row 0), entries side by side, without frame or fill; the row takes no more room than the
/// legend needs.
void putLegendUnderTitle(QCustomPlot* plot, int row = 1);
