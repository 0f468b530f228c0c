#include "views/analysis/PerClassView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

#include "models/PerClassModel.h"
#include "views/analysis/AnalysisTable.h"
#include "views/analysis/PairView.h"

PerClassView::PerClassView(QWidget* parent)
    : QWidget(parent),
      model_(new PerClassModel(this)),
      filter_(new PerClassFilter(this)),
      search_(new QLineEdit(this)),
      onlyMistakes_(new QCheckBox(tr("Only classes with mistakes"), this)),
      mistakenFor_(new QListWidget(this)),
      pair_(new PairView(this)) {
    filter_->setSourceModel(model_);
    table_ = analysisTable(this, filter_);
    table_->sortByColumn(PerClassModel::Top1, Qt::AscendingOrder);  // where to look first
    pair_->setEvidenceShown(false);  // too narrow beside the table; the pairs tab has it
    search_->setPlaceholderText(tr("Filter by species or supercategory"));
    search_->setClearButtonEnabled(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(search_, 1);
    filters->addWidget(onlyMistakes_);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(table_, 1);
    // The classes it was taken for, a few lines, then the chosen pair's images, which need the
    // height.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Its val images were taken for:"), right));
    rightLayout->addWidget(mistakenFor_);
    mistakenFor_->setMaximumHeight(fontMetrics().height() * 7);
    rightLayout->addWidget(pair_, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    // The table's accuracy columns must be in view; the images beside need less.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PerClassView::classChosen);
    connect(mistakenFor_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        const bool valid = item && item->data(Qt::UserRole).isValid();
        pair_->showPair(valid ? table_->currentIndex().data(PerClassModel::ClassRole).toInt() : -1,
                        valid ? item->data(Qt::UserRole).toInt() : -1);
    });
    connect(search_, &QLineEdit::textChanged, filter_, &PerClassFilter::setText);
    connect(onlyMistakes_, &QCheckBox::toggled, filter_, &PerClassFilter::setOnlyMistakes);
    connect(pair_, &PairView::imageRequested, this, &PerClassView::imageRequested);
}

void PerClassView::setResults(std::shared_ptr<const LoadedDataset> data,
                              std::shared_ptr<const AnalysisResult> a,
                              std::shared_ptr<const AnalysisResult> b) {
    data_ = data;
    a_ = a;
    model_->setResults(data, a, std::move(b));
    pair_->setResult(std::move(data), std::move(a));
    mistakenFor_->clear();
    table_->resizeColumnsToContents();
    // Open on the worst class (the table sorts by top-1, ascending) so the side is not empty.
    if (filter_->rowCount() > 0) table_->setCurrentIndex(filter_->index(0, 0));
}

void PerClassView::setFilterText(const QString& text) {
    search_->setText(text);
}

void PerClassView::showClass(int32_t c) {
    if (c < 0 || c >= model_->rowCount()) return;
    const QModelIndex source = model_->index(model_->rowOfClass(c), 0);
    QModelIndex proxy = filter_->mapFromSource(source);
    if (!proxy.isValid()) {  // filtered out: show it anyway
        search_->clear();
        onlyMistakes_->setChecked(false);
        proxy = filter_->mapFromSource(source);
    }
    table_->setCurrentIndex(proxy);
    table_->scrollTo(proxy);
}

void PerClassView::classChosen(const QModelIndex& index) {
    mistakenFor_->clear();
    pair_->showPair(-1, -1);
    if (!index.isValid() || !a_) return;
    const int32_t c = index.data(PerClassModel::ClassRole).toInt();
    emit currentClassChanged(c);
    std::map<int32_t, int> counts;
    for (const Mistake& m : a_->mistakes[static_cast<size_t>(c)])
        ++counts[m.predicted];
    std::vector<std::pair<int32_t, int>> order(counts.begin(), counts.end());
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    if (order.empty()) {
        auto* item = new QListWidgetItem(tr("Nothing: every val image of it was right"));
        item->setFlags(Qt::NoItemFlags);
        mistakenFor_->addItem(item);
        return;
    }
    for (const auto& [other, n] : order) {
        const auto& name = data_->dataset.categories[static_cast<size_t>(other)].name;
        auto* item = new QListWidgetItem(
            tr("%1 (%n image(s))", nullptr, n).arg(QString::fromStdString(name)));
        item->setData(Qt::UserRole, other);
        mistakenFor_->addItem(item);
    }
    mistakenFor_->setCurrentRow(0);
}
