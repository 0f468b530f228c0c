#include "views/analysis/LabelErrorsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/LabelErrorsModel.h"
#include "views/analysis/AnalysisTable.h"
#include "views/analysis/ImageEvidence.h"

namespace {
constexpr int kPhotoSide = 240;
}

LabelErrorsView::LabelErrorsView(QWidget* parent)
    : QWidget(parent),
      model_(new LabelErrorsModel(this)),
      sort_(new QSortFilterProxyModel(this)),
      hint_(new QLabel(this)),
      evidence_(new ImageEvidence(kPhotoSide, this)) {
    sort_->setSourceModel(model_);
    sort_->setSortRole(LabelErrorsModel::SortRole);
    table_ = analysisTable(this, sort_);
    table_->sortByColumn(LabelErrorsModel::Rank, Qt::AscendingOrder);
    table_->setToolTip(tr("Double-click: the labelled and the predicted species side by side"));
    // The names share what the numbers leave, so every column stays in view.
    QHeaderView* header = table_->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LabelErrorsModel::Labelled, QHeaderView::Stretch);
    header->setSectionResizeMode(LabelErrorsModel::Predicted, QHeaderView::Stretch);
    table_->setTextElideMode(Qt::ElideRight);
    hint_->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(hint_);
    leftLayout->addWidget(table_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stackedPanes(this, left, evidence_, 3, 2));

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int image =
                    current.isValid() ? current.data(LabelErrorsModel::ImageRole).toInt() : -1;
                evidence_->showImage(image);
                if (image >= 0) emit imageChosen(image);
            });
    auto openPair = [this](const QModelIndex& index) {
        if (!index.isValid()) return;
        emit pairRequested(index.data(LabelErrorsModel::TruthRole).toInt(),
                           index.data(LabelErrorsModel::PredictedRole).toInt(),
                           index.data(LabelErrorsModel::ImageRole).toInt());
    };
    connect(table_, &QTableView::doubleClicked, this, openPair);
    connect(evidence_, &ImageEvidence::pairRequested, this,
            [this, openPair] { openPair(table_->currentIndex()); });
    connect(evidence_, &ImageEvidence::imageRequested, this, &LabelErrorsView::imageRequested);
    setResult(nullptr, nullptr);
}

void LabelErrorsView::setResult(std::shared_ptr<const LoadedDataset> data,
                                std::shared_ptr<const AnalysisResult> result) {
    model_->setResult(data, result);
    evidence_->setResult(std::move(data), result);
    const QLocale locale;
    if (!result)
        hint_->setText(tr("Open predictions to rank their likely label errors."));
    else if (!result->hasScores)
        hint_->setText(
            tr("Ranking label errors needs scores: open the top-k store "
               "(val.topk.csv) that taxa-cli predict writes beside the CSV."));
    else
        hint_->setText(
            tr("%1 val images were predicted as another species. Those the model is "
               "surest about come first (FiftyOne's mistakenness): a wrong label, or "
               "a look-alike the model has learnt too confidently.")
                .arg(locale.toString(static_cast<qlonglong>(result->labelErrors.size()))));
    if (sort_->rowCount() > 0) table_->setCurrentIndex(sort_->index(0, 0));
}
