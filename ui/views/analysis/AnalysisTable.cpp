#include "views/analysis/AnalysisTable.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

QTableView* analysisTable(QWidget* parent, QAbstractItemModel* model) {
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QSplitter* stackedPanes(QWidget* parent, QWidget* first, QWidget* second, int top, int bottom) {
    auto* split = new QSplitter(Qt::Vertical, parent);
    split->addWidget(first);
    split->addWidget(second);
    split->setStretchFactor(0, top);
    split->setStretchFactor(1, bottom);
    split->setChildrenCollapsible(false);
    return split;
}
