#pragma once
/// @file AnalysisTable.h
/// @brief The table look and the pane split shared by the analysis tabs.

class QAbstractItemModel;
class QSplitter;
class QTableView;
class QWidget;

/// @brief A sortable, row-selecting, compact table view over @p model.
QTableView* analysisTable(QWidget* parent, QAbstractItemModel* model);

/// @brief Two panes above one another in a splitter that shares the height @p top : @p bottom
/// and collapses neither.
QSplitter* stackedPanes(QWidget* parent, QWidget* first, QWidget* second, int top, int bottom);
