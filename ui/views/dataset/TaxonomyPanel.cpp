#include "views/dataset/TaxonomyPanel.h"
#include "state/RankLabels.h"

#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "models/TaxonomyFilterProxy.h"
#include "models/TaxonomyModel.h"
#include "views/common/ShareBarDelegate.h"
#include "views/common/SupercategoryColors.h"

namespace {
// Expanding every shown row is only worth it while the rows fit on a few screens.
constexpr int kExpandAllLimit = 250;
constexpr quint32 kStateVersion = 1;
}  // namespace

TaxonomyPanel::TaxonomyPanel(QWidget* parent)
    : QWidget(parent),
      model_(new TaxonomyModel(this)),
      proxy_(new TaxonomyFilterProxy(this)),
      bars_(new ShareBarDelegate(this)),
      search_(new QLineEdit(this)),
      rank_(new QComboBox(this)),
      minTrain_(new QSpinBox(this)),
      maxTrain_(new QSpinBox(this)),
      shape_(new QComboBox(this)),
      shown_(new QLabel(this)),
      tree_(new QTreeView(this)) {
    proxy_->setSourceModel(model_);
    search_->setPlaceholderText(tr("Search taxa by name"));
    search_->setClearButtonEnabled(true);
    rank_->setToolTip(tr("Which rank the search text must match"));
    for (QSpinBox* box : {minTrain_, maxTrain_}) {
        box->setGroupSeparatorShown(true);
        box->setAccelerated(true);
        box->setKeyboardTracking(false);  // filter when a number is complete, not per digit
    }
    minTrain_->setToolTip(tr("Fewest training images a shown species has"));
    maxTrain_->setToolTip(tr("Most training images a shown species has"));
    shape_->addItem(QString());
    shape_->addItem(tr("Supercategory \u2192 species"));
    fillRanks();
    shape_->setToolTip(tr("Show the full taxonomy or species grouped by supercategory"));

    tree_->setModel(proxy_);
    tree_->setItemDelegateForColumn(TaxonomyModel::Share, bars_);
    tree_->setUniformRowHeights(true);  // lets the view lay out thousands of rows quickly
    tree_->setAlternatingRowColors(true);
    tree_->setSortingEnabled(true);
    tree_->sortByColumn(TaxonomyModel::Name, Qt::AscendingOrder);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setAllColumnsShowFocus(true);
    tree_->setIndentation(11);  // seven ranks deep: default indentation eats the name column
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(TaxonomyModel::Name, QHeaderView::Stretch);
    fitColumns();

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Training images"), this));
    filters->addWidget(minTrain_);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(maxTrain_);
    filters->addStretch(1);
    filters->addWidget(shape_);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(rank_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(tree_, 1);
    layout->addWidget(shown_);

    connect(search_, &QLineEdit::textChanged, this, &TaxonomyPanel::applyFilter);
    connect(rank_, &QComboBox::currentIndexChanged, this, &TaxonomyPanel::applyFilter);
    connect(minTrain_, &QSpinBox::valueChanged, this, &TaxonomyPanel::applyFilter);
    connect(maxTrain_, &QSpinBox::valueChanged, this, &TaxonomyPanel::applyFilter);
    connect(shape_, &QComboBox::currentIndexChanged, this, [this](int i) { setFlat(i == 1); });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { currentChanged(current); });
    connect(tree_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const int taxon = index.data(TaxonomyModel::TaxonRole).toInt();
        if (taxon >= 0) emit taxonActivated(taxon);
    });
    connect(proxy_, &TaxonomyFilterProxy::filterChanged, this, [this] {
        const int total = data_ ? data_->taxonomy.classCount() : 0;
        const QLocale locale;
        shown_->setText(
            tr("Showing %1 of %2 species")
                .arg(locale.toString(proxy_->visibleSpecies()), locale.toString(total)));
    });
}

void TaxonomyPanel::fitColumns() {
    const QFontMetrics fm(font());
    // Room for the widest number, or for the header's text where a translation makes it wider.
    auto fit = [&](int column, const QString& sample, int extra) {
        const QString header =
            model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        tree_->header()->resizeSection(
            column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + extra);
    };
    fitRankColumn();
    fit(TaxonomyModel::Species, QStringLiteral("8,888"), 16);
    fit(TaxonomyModel::Train, QStringLiteral("888,888"), 16);
    fit(TaxonomyModel::Val, QStringLiteral("88,888"), 16);
    fit(TaxonomyModel::Share, QStringLiteral("100.0%"), 50);
}

void TaxonomyPanel::fillRanks() {
    // The ranks this dataset has, by its names: kingdom .. species, or level 1 .. class.
    const QSignalBlocker block(rank_);
    rank_->clear();
    rank_->addItem(tr("at any rank"), -1);
    const std::vector<int> ranks = data_ ? TaxonomyModel::presentRanks(data_->taxonomy)
                                         : std::vector<int>{1, 2, 3, 4, 5, 6, 7};
    for (int r : ranks)
        rank_->addItem(tr("in %1 names").arg(data_ ? rankLabel(data_->taxonomy, r) : rankLabel(r)),
                       r);
    shape_->setItemText(0, tr("%n-rank tree", nullptr, static_cast<int>(ranks.size())));
}

void TaxonomyPanel::fitRankColumn() {
    // The rank column needs room for "supercategory" in the flat shape only; the names of the
    // deep 7-rank tree need every pixel it can spare.
    const QFontMetrics fm(font());
    int widest = 0;
    if (model_->mode() == TaxonomyModel::Mode::Supercategories)
        widest = fm.horizontalAdvance(rankLabel(kSupercategoryRank));
    else
        for (int r = static_cast<int>(taxa::Rank::Kingdom);
             r <= static_cast<int>(taxa::Rank::Species); ++r)
            widest = std::max(
                widest, fm.horizontalAdvance(data_ ? rankLabel(data_->taxonomy, r) : rankLabel(r)));
    tree_->header()->resizeSection(TaxonomyModel::RankColumn, widest + 14);
}

void TaxonomyPanel::setDataset(std::shared_ptr<const LoadedDataset> data, bool keepState) {
    data_ = std::move(data);
    if (keepState) {
        model_->setDataset(data_);
        updateExpansion();  // re-selects the current taxon
        return;
    }
    currentTaxon_ = -1;
    currentSuper_ = -1;
    QVector<QColor> colors;
    if (data_) {
        const auto& supers = data_->taxonomy.supercategories();
        for (size_t i = 0; i < supers.size(); ++i)
            colors << supercategoryColor(QString::fromStdString(supers[i]), static_cast<int>(i));
    }
    bars_->setColors(colors);
    const int maxTrain = data_ ? static_cast<int>(data_->stats.maxTrain) : 0;
    for (QSpinBox* box : {minTrain_, maxTrain_}) {
        const QSignalBlocker block(box);
        box->setRange(0, std::max(maxTrain, 1));
    }
    {
        const QSignalBlocker blockMin(minTrain_), blockMax(maxTrain_), blockText(search_),
            blockRank(rank_);
        minTrain_->setValue(0);
        maxTrain_->setValue(maxTrain_->maximum());
        search_->clear();
        fillRanks();
    }
    proxy_->setCriteria({});
    model_->setDataset(data_);
    updateExpansion();
}

void TaxonomyPanel::applyFilter() {
    TaxonFilterCriteria c;
    c.needle = search_->text().trimmed().toLower().toStdString();
    c.rank = rank_->currentData().toInt();
    c.minTrain = minTrain_->value();
    c.maxTrain = maxTrain_->value() >= maxTrain_->maximum() ? std::numeric_limits<int64_t>::max()
                                                            : maxTrain_->value();
    if (c == proxy_->criteria()) return;
    proxy_->setCriteria(c);
    updateExpansion();
}

void TaxonomyPanel::updateExpansion() {
    const TaxonFilterCriteria& c = proxy_->criteria();
    const bool filtered = !c.isEmpty() || c.rank >= 0;
    if (filtered && proxy_->visibleSpecies() <= kExpandAllLimit) {
        tree_->expandAll();
    } else {
        tree_->collapseAll();
        // The 7-rank tree has only a handful of kingdoms: open one level so it does not look
        // empty. The flat view's supercategories already are the overview.
        if (model_->mode() == TaxonomyModel::Mode::RankTree) tree_->expandToDepth(0);
    }
    restoreSelection();
}

void TaxonomyPanel::restoreSelection() {
    QModelIndex source = currentTaxon_ >= 0 ? model_->indexOfTaxon(currentTaxon_) : QModelIndex();
    if (!source.isValid() && currentSuper_ >= 0)
        source = model_->indexOfRow(
            model_->rows().rowOfSupercategory.empty()
                ? -1
                : model_->rows().rowOfSupercategory[static_cast<size_t>(currentSuper_)]);
    const QModelIndex index = proxy_->mapFromSource(source);
    if (!index.isValid()) return;
    const QSignalBlocker block(tree_->selectionModel());  // the selection itself is unchanged
    tree_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree_->scrollTo(index);
}

void TaxonomyPanel::currentChanged(const QModelIndex& current) {
    if (!current.isValid()) return;
    const int taxon = current.data(TaxonomyModel::TaxonRole).toInt();
    const int rank = current.data(TaxonomyModel::RankRole).toInt();
    if (taxon >= 0) {
        currentTaxon_ = taxon;
        currentSuper_ = -1;
        emit taxonSelected(taxon);
    } else if (rank == kSupercategoryRank) {
        currentTaxon_ = -1;
        currentSuper_ = current.data(TaxonomyModel::SupercategoryRole).toInt();
        emit supercategorySelected(currentSuper_);
    }
}

void TaxonomyPanel::selectTaxon(int32_t taxon) {
    if (!data_ || taxon < 0 || taxon >= data_->taxonomy.size()) return;
    if (!model_->indexOfTaxon(taxon).isValid()) setFlat(false);
    const QModelIndex source = model_->indexOfTaxon(taxon);
    if (!proxy_->isRowVisible(static_cast<int32_t>(source.internalId()))) clearFilters();
    const QModelIndex index = proxy_->mapFromSource(source);
    if (!index.isValid()) return;
    tree_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree_->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TaxonomyPanel::selectSupercategory(int super) {
    if (!data_ || super < 0 || super >= static_cast<int>(data_->taxonomy.supercategories().size()))
        return;
    setFlat(true);
    const int32_t row = model_->rows().rowOfSupercategory[static_cast<size_t>(super)];
    if (!proxy_->isRowVisible(row)) clearFilters();
    const QModelIndex index = proxy_->mapFromSource(model_->indexOfRow(row));
    tree_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree_->scrollTo(index);
}

void TaxonomyPanel::setTrainRange(qint64 lo, qint64 hi) {
    const QSignalBlocker blockMin(minTrain_), blockMax(maxTrain_);
    minTrain_->setValue(static_cast<int>(lo));
    maxTrain_->setValue(static_cast<int>(std::min<qint64>(hi, maxTrain_->maximum())));
    applyFilter();
}

void TaxonomyPanel::clearFilters() {
    {
        const QSignalBlocker blockMin(minTrain_), blockMax(maxTrain_), blockText(search_),
            blockRank(rank_);
        search_->clear();
        rank_->setCurrentIndex(0);
        minTrain_->setValue(0);
        maxTrain_->setValue(maxTrain_->maximum());
    }
    applyFilter();
}

void TaxonomyPanel::setFlat(bool flat) {
    const auto mode = flat ? TaxonomyModel::Mode::Supercategories : TaxonomyModel::Mode::RankTree;
    {
        const QSignalBlocker block(shape_);
        shape_->setCurrentIndex(flat ? 1 : 0);
    }
    if (model_->mode() == mode) return;
    model_->setMode(mode);
    fitRankColumn();
    updateExpansion();
}

QByteArray TaxonomyPanel::saveState() const {
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kStateVersion << tree_->header()->saveState() << (shape_->currentIndex() == 1);
    return out;
}

void TaxonomyPanel::restoreState(const QByteArray& state) {
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray header;
    bool flat = false;
    stream >> version >> header >> flat;
    if (stream.status() != QDataStream::Ok || version != kStateVersion) return;
    tree_->header()->restoreState(header);
    tree_->header()->setSectionResizeMode(TaxonomyModel::Name, QHeaderView::Stretch);
    setFlat(flat);
}
