#include "views/analysis/ConfusionBrowser.h"
#include "state/RankLabels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/analysis/ConfusionMatrixView.h"
#include "views/common/SupercategoryColors.h"

using taxa::ConfusionLevel;

namespace {

int rankOf(ConfusionLevel level) {
    return int(taxa::Rank::Phylum) + int(level) - 1;
}

QString levelLabel(const taxa::Taxonomy* tax, ConfusionLevel level) {
    // Phylum .. species are ranks, by the dataset's names ("level 2" in a folder tree); the
    // supercategory is the dataset's own grouping.
    if (level == ConfusionLevel::Supercategory)
        return QCoreApplication::translate("ConfusionBrowser", "supercategory");
    return tax ? rankLabel(*tax, rankOf(level)) : rankLabel(rankOf(level));
}

// A level the dataset has: the supercategories and classes always, a rank only where some
// taxon has it (a folder tree of depth 3 has two).
bool hasLevel(const taxa::Taxonomy* tax, ConfusionLevel level) {
    return !tax || level == ConfusionLevel::Supercategory || level == ConfusionLevel::Species ||
           tax->hasRank(taxa::Rank(rankOf(level)));
}

}  // namespace

ConfusionBrowser::ConfusionBrowser(QWidget* parent)
    : QWidget(parent),
      up_(new QToolButton(this)),
      trail_(new QLabel(this)),
      levels_(new QComboBox(this)),
      status_(new QLabel(this)),
      matrix_(new ConfusionMatrixView(this)) {
    up_->setText(tr("Zoom Out"));
    up_->setToolTip(tr("Back to the block one level up"));
    trail_->setTextFormat(Qt::PlainText);
    trail_->setWordWrap(true);
    status_->setWordWrap(true);
    status_->setForegroundRole(QPalette::PlaceholderText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(up_);
    bar->addWidget(trail_, 1);
    bar->addWidget(new QLabel(tr("By:"), this));
    bar->addWidget(levels_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(status_);
    layout->addWidget(matrix_, 1);
    connect(up_, &QToolButton::clicked, this, &ConfusionBrowser::zoomOut);
    connect(levels_, &QComboBox::activated, this,
            [this](int index) { setLevel(ConfusionLevel(levels_->itemData(index).toInt())); });
    connect(matrix_, &ConfusionMatrixView::cellClicked, this, &ConfusionBrowser::activate);
    setResult(nullptr, nullptr);
}

void ConfusionBrowser::setResult(std::shared_ptr<const LoadedDataset> data,
                                 std::shared_ptr<const AnalysisResult> result) {
    data_ = std::move(data);
    result_ = data_ ? std::move(result) : nullptr;
    frames_ = {Frame{ConfusionLevel::Supercategory, {}, {}, tr("All taxa")}};
    showFrame();
}

QString ConfusionBrowser::trail() const {
    QStringList parts;
    for (const Frame& f : frames_)
        parts << f.label;
    return parts.join(QStringLiteral(" \u203a "));
}

int32_t ConfusionBrowser::classOf(int32_t speciesGroup) const {
    const auto& g = result_->confusion.groups(ConfusionLevel::Species)[size_t(speciesGroup)];
    return result_->confusion.order()[size_t(g.first)];
}

ConfusionMatrixView::Axis ConfusionBrowser::axis(ConfusionLevel level,
                                                 const std::vector<int32_t>& groups) const {
    ConfusionMatrixView::Axis a;
    const auto& x = result_->confusion;
    const auto& supers = data_->taxonomy.supercategories();
    for (int32_t g : groups) {
        a.names << QString::fromStdString(x.groupName(data_->taxonomy, level, g));
        const int32_t s = x.groups(level)[size_t(g)].supercategory;
        a.bands << supercategoryColor(QString::fromStdString(supers[size_t(s)]), s);
    }
    return a;
}

void ConfusionBrowser::showFrame() {
    const Frame& f = frames_.back();
    up_->setEnabled(frames_.size() > 1);
    trail_->setText(trail());
    levels_->clear();
    const int coarsest = std::max(f.rows.level, f.cols.level) + 1;
    const taxa::Taxonomy* tax = data_ ? &data_->taxonomy : nullptr;
    for (int l = coarsest; l < taxa::kConfusionLevels; ++l)
        if (hasLevel(tax, ConfusionLevel(l)))
            levels_->addItem(levelLabel(tax, ConfusionLevel(l)), l);
    levels_->setCurrentIndex(levels_->findData(int(f.level)));
    if (!result_) {
        matrix_->setSlice({}, {}, {}, false);
        status_->setText(tr("Open predictions to browse what is taken for what."));
        return;
    }
    taxa::ConfusionSlice slice = result_->confusion.slice(f.level, f.rows, f.cols);
    const QLocale locale;
    const bool species = f.level == ConfusionLevel::Species;
    status_->setText(
        tr("%1 val images taken for another species, among %2 \u00d7 %3 taxa by %4. Click a "
           "cell to %5.")
            .arg(locale.toString(static_cast<qlonglong>(slice.total)),
                 locale.toString(static_cast<qlonglong>(slice.rows.size())),
                 locale.toString(static_cast<qlonglong>(slice.cols.size())),
                 levelLabel(tax, f.level),
                 species ? tr("see the two species side by side") : tr("zoom into the two taxa")));
    matrix_->setClickHint(species ? tr("Click: the pair side by side") : tr("Click: zoom in"));
    auto rows = axis(f.level, slice.rows);
    auto cols = axis(f.level, slice.cols);
    matrix_->setSlice(std::move(slice), std::move(rows), std::move(cols), f.rows == f.cols);
}

void ConfusionBrowser::activate(int32_t cell) {
    const taxa::ConfusionSlice& s = matrix_->slice();
    if (!result_ || cell < 0 || size_t(cell) >= s.cells.size()) return;
    const int32_t rowGroup = s.rows[size_t(s.cells[size_t(cell)].row)];
    const int32_t colGroup = s.cols[size_t(s.cells[size_t(cell)].col)];
    const ConfusionLevel level = frames_.back().level;
    if (level == ConfusionLevel::Species) {
        emit pairRequested(classOf(rowGroup), classOf(colGroup));
        return;
    }
    const auto& x = result_->confusion;
    Frame next;
    next.rows = {int(level), rowGroup};
    next.cols = {int(level), colGroup};
    next.label =
        rowGroup == colGroup
            ? QString::fromStdString(x.groupName(data_->taxonomy, level, rowGroup))
            : tr("%1 as %2")
                  .arg(QString::fromStdString(x.groupName(data_->taxonomy, level, rowGroup)),
                       QString::fromStdString(x.groupName(data_->taxonomy, level, colGroup)));
    // Down to the first level that splits the block (one phylum per class is common).
    for (int l = int(level) + 1; l < taxa::kConfusionLevels; ++l) {
        next.level = ConfusionLevel(l);
        const taxa::ConfusionSlice s2 = x.slice(next.level, next.rows, next.cols);
        if (s2.rows.size() > 1 || s2.cols.size() > 1) break;
    }
    frames_.push_back(next);
    showFrame();
}

void ConfusionBrowser::zoomOut() {
    if (frames_.size() > 1) frames_.pop_back();
    showFrame();
}

void ConfusionBrowser::setLevel(ConfusionLevel level) {
    Frame& f = frames_.back();
    if (int(level) <= std::max(f.rows.level, f.cols.level)) return;
    f.level = level;
    showFrame();
}
