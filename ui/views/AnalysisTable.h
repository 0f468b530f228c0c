#pragma once
/// @file AnalysisTable.h
/// @brief The table look shared by the analysis tabs.

class QAbstractItemModel;
class QTableView;
class QWidget;

/// @brief A sortable, row-selecting, compact table view over @p model.
QTableView* analysisTable(QWidget* parent, QAbstractItemModel* model);
