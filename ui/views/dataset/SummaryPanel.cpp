#include "views/dataset/SummaryPanel.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "dataset/DatasetLoader.h"
#include "jobs/LookAlikeJob.h"
#include "jobs/NearDuplicateJob.h"
#include "models/FindingItemsModel.h"
#include "models/SummaryModel.h"
#include "views/common/JobStatus.h"
#include "views/dataset/NearDuplicatePairDialog.h"

namespace {
constexpr const char* kFeaturesDirKey = "nearDuplicates/lastDir";
}

SummaryPanel::SummaryPanel(QWidget* parent)
    : QWidget(parent),
      model_(new SummaryModel(this)),
      table_(new QTableView(this)),
      heading_(new QLabel(this)),
      tail_(new QLabel(this)),
      findings_(new QListWidget(this)),
      itemsModel_(new FindingItemsModel(this)),
      items_(new QListView(this)),
      itemsLabel_(new QLabel(this)) {
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(Qt::UserRole);
    table_->setModel(proxy);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // keep the published order until asked
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    heading_->setTextFormat(Qt::RichText);
    heading_->setWordWrap(true);
    tail_->setWordWrap(true);

    items_->setModel(itemsModel_);
    items_->setUniformItemSizes(true);
    items_->setAlternatingRowColors(true);  // tells two-line pairs apart
    itemsLabel_->setWordWrap(true);

    findings_->setWordWrap(true);
    itemsBox_ = new QWidget(this);
    auto* itemsBox = itemsBox_;
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(itemsLabel_);
    itemsLayout->addWidget(items_, 1);
    auto* checksSplit = new QSplitter(Qt::Horizontal, this);
    checksSplit->addWidget(findings_);
    checksSplit->addWidget(itemsBox);
    checksSplit->setChildrenCollapsible(false);
    checksSplit->setStretchFactor(1, 2);  // file paths need the room more than messages

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(table_, 3);
    layout->addWidget(tail_);
    layout->addWidget(buildNearDuplicateRow());
    layout->addWidget(nearStatus_);
    layout->addWidget(checksSplit, 2);

    connect(findings_, &QListWidget::currentRowChanged, this, &SummaryPanel::showFinding);
    // Single clicks, as in a link list: the finding's items are what a person came for.
    connect(items_, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.data(FindingItemsModel::PairImageRole).toInt() >= 0) return showPair(index);
        const int image = index.data(FindingItemsModel::ImageRole).toInt();
        if (image >= 0)
            emit imageRequested(image);
        else
            emit speciesRequested(index.data(FindingItemsModel::ClassRole).toInt());
    });
    connect(table_, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex& index) {
        const int row = proxy->mapToSource(index).row();
        if (data_ && row < static_cast<int>(data_->stats.supercategories.size()))
            emit supercategoryRequested(row);
    });
    // Arrow keys through the pairs follow in the pair window once it is open.
    connect(items_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (pairDialog_ && pairDialog_->isVisible() &&
                    index.data(FindingItemsModel::PairImageRole).toInt() >= 0)
                    showPair(index, false);  // the keys stay with the list
            });
    showFinding(-1);
}

QWidget* SummaryPanel::buildNearDuplicateRow() {
    auto* row = new QWidget(this);
    auto* checks = new QLabel(tr("<b>Split checks</b>"), row);
    threshold_ = new QDoubleSpinBox(row);
    threshold_->setRange(0.8, 0.999);
    threshold_->setDecimals(3);
    threshold_->setSingleStep(0.005);
    threshold_->setValue(taxa::embed::kNearDuplicateCosine);
    threshold_->setToolTip(
        tr("Two images of different splits whose features have at least "
           "this cosine similarity are near-duplicates"));
    auto* label = new QLabel(tr("Cosine at least"), row);
    label->setBuddy(threshold_);
    nearButton_ = new QPushButton(tr("Find near-duplicates by features..."), row);
    nearButton_->setToolTip(
        tr("Images of different splits that a model sees as nearly the same: resized or "
           "re-encoded copies, which the exact-hash check misses"));
    connect(nearButton_, &QPushButton::clicked, this, [this] {
        if (!nearButton_->menu()) chooseFeatures();  // with a run, the menu offers both
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(checks);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(threshold_);
    layout->addWidget(nearButton_);
    nearStatus_ = new JobStatus(this);
    updateNearButton();
    return row;
}

void SummaryPanel::setRunCheckpoint(const QString& checkpoint) {
    checkpoint_ = checkpoint;
    updateNearButton();
}

void SummaryPanel::updateNearButton() {
    if (QMenu* old = nearButton_->menu()) {
        nearButton_->setMenu(nullptr);
        old->deleteLater();
    }
    // A store may hold test images, which are not in yet: the search waits for them.
    nearButton_->setEnabled(data_ && !data_->testPending);
    const QString path = LookAlikeJob::featuresPath(checkpoint_);
    if (path.isEmpty()) return;
    // RUN/predictions/features.bin: the run is named by its folder.
    const QString run = QFileInfo(QFileInfo(path).absolutePath()).dir().dirName();
    auto* menu = new QMenu(nearButton_);
    menu->addAction(tr("Features of the analysed run (%1)").arg(run), this,
                    [this] { findNearDuplicatesOfRun(); });
    menu->addAction(tr("Choose a features file..."), this, &SummaryPanel::chooseFeatures);
    nearButton_->setMenu(menu);
}

void SummaryPanel::chooseFeatures() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a features file (taxa-cli features, or a run's predictions/features.bin)"),
        settings.value(kFeaturesDirKey).toString(), tr("Feature stores (*.bin);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(kFeaturesDirKey, QFileInfo(path).absolutePath());
    findNearDuplicates(path);
}

bool SummaryPanel::findNearDuplicates(const QString& path) {
    if (!data_ || data_->testPending) return false;
    auto out = std::make_shared<taxa::embed::NearDuplicateReport>();
    return startNearDuplicates(
        tr("Looking for near-duplicates in %1...").arg(QDir::toNativeSeparators(path)), path,
        NearDuplicateJob::find(data_, path, threshold_->value(), out), out);
}

bool SummaryPanel::findNearDuplicatesOfRun() {
    const QString path = LookAlikeJob::featuresPath(checkpoint_);
    if (!data_ || data_->testPending || path.isEmpty()) return false;
    auto out = std::make_shared<taxa::embed::NearDuplicateReport>();
    const QString what =
        LookAlikeJob::featuresCurrent(path, checkpoint_)
            ? tr("Looking for near-duplicates in the run's features...")
            : tr("Computing the run's features (every train and val image, once), then looking "
                 "for near-duplicates...");
    return startNearDuplicates(
        what, path, NearDuplicateJob::ofRun(data_, checkpoint_, threshold_->value(), out), out);
}

bool SummaryPanel::startNearDuplicates(const QString& what, const QString& features,
                                       BackgroundJob::Work work,
                                       std::shared_ptr<taxa::embed::NearDuplicateReport> out) {
    if (nearStatus_->isRunning()) {
        nearStatus_->setText(tr("Still looking for near-duplicates; cancel or wait"));
        return false;
    }
    pending_ = out;
    const QString shown = QDir::toNativeSeparators(features);
    // On failure the status line says why in one line; the last result stays listed.
    return nearStatus_->run(what, std::move(work), [this, out, shown] {
        if (out != pending_) return;  // another dataset came meanwhile
        pending_.reset();
        near_ = out;
        nearFeatures_ = shown;
        fillFindings();
        findings_->setCurrentRow(nearRow_);
    });
}

void SummaryPanel::showPair(const QModelIndex& index, bool raise) {
    if (!pairDialog_) {
        pairDialog_ = new NearDuplicatePairDialog(this);
        pairDialog_->setDataset(data_);
        connect(pairDialog_, &NearDuplicatePairDialog::imageRequested, this,
                &SummaryPanel::imageRequested);
    }
    pairDialog_->showPair(index.data(FindingItemsModel::ImageRole).toInt(),
                          index.data(FindingItemsModel::PairImageRole).toInt(),
                          index.data(FindingItemsModel::SimilarityRole).toDouble(), nearFeatures_);
    pairDialog_->show();
    if (!raise) return;
    pairDialog_->raise();
    pairDialog_->activateWindow();
}

void SummaryPanel::showPairs() {
    itemsModel_->setNearDuplicates(data_, near_);
    const QLocale locale;
    QString text =
        near_->pairs.empty()
            ? tr("No two images of different splits reach this similarity by these features.")
            : tr("%1 pairs of images in different splits, most alike first; click one to see "
                 "both side by side.")
                  .arg(locale.toString(static_cast<qulonglong>(near_->pairs.size())));
    if (itemsModel_->unlisted() > 0)
        text += QLatin1Char(' ') +
                tr("%1 more not listed.")
                    .arg(locale.toString(static_cast<qlonglong>(itemsModel_->unlisted())));
    itemsLabel_->setText(text);
}

void SummaryPanel::addNearDuplicateRow() {
    nearRow_ = -1;
    if (!near_) return;
    const QString threshold = QLocale().toString(near_->threshold, 'g', 3);
    const auto count = static_cast<int>(near_->pairs.size());
    auto* item = new QListWidgetItem(
        count > 0 ? QStringLiteral("[warning] ") +
                        tr("near-duplicates: %Ln pair(s) across splits at cosine >= %1 "
                           "(features: %2)",
                           nullptr, count)
                            .arg(threshold, nearFeatures_)
                  : tr("near-duplicates: none across splits at cosine >= %1 (features: %2)")
                        .arg(threshold, nearFeatures_),
        findings_);
    if (count > 0) item->setForeground(QColor(180, 120, 0));
    nearRow_ = findings_->row(item);
}

void SummaryPanel::showFinding(int index) {
    if (near_ && index >= 0 && index == nearRow_) return showPairs();
    const auto& findings = data_ ? data_->stats.checks.findings : std::vector<taxa::Finding>{};
    const bool valid = index >= 0 && index < static_cast<int>(findings.size());
    itemsModel_->setFinding(data_, valid ? index : -1);
    if (!valid) {
        itemsLabel_->setText(findings.empty() ? QString()
                                              : tr("Select a finding to list what it concerns."));
        return;
    }
    const QLocale locale;
    QString text = itemsModel_->listsImages() ? tr("%1 images concerned; click one to view it.")
                                                    .arg(locale.toString(itemsModel_->rowCount()))
                                              : tr("%1 species concerned; click one to show it.")
                                                    .arg(locale.toString(itemsModel_->rowCount()));
    if (itemsModel_->unlisted() > 0)
        text += QLatin1Char(' ') +
                tr("%1 more not listed.")
                    .arg(locale.toString(static_cast<qlonglong>(itemsModel_->unlisted())));
    if (itemsModel_->rowCount() == 0 && itemsModel_->unlisted() == 0)
        text = tr("This finding names no species or images.");
    itemsLabel_->setText(text);
}

void SummaryPanel::setDataset(std::shared_ptr<const LoadedDataset> data, bool sameImages) {
    data_ = data;
    model_->setDataset(data);
    if (!sameImages) {
        nearStatus_->cancel();
        nearStatus_->setText({});
        pending_.reset();
        near_.reset();
        nearFeatures_.clear();
        if (pairDialog_) {
            pairDialog_->hide();
            pairDialog_->setDataset(data);
        }
    }
    updateNearButton();
    fillFindings();
    if (!data) {
        heading_->clear();
        tail_->clear();
        return;
    }
    const auto& s = data->stats;
    const QLocale locale;
    const QString root = QString::fromStdString(s.root).toHtmlEscaped();
    if (data->testPending)
        heading_->setText(tr("<b>%1</b><br>%2 layout: %3 species, %4 train and %5 val "
                             "images; reading the test split...")
                              .arg(root, QString::fromStdString(s.layoutTitle),
                                   locale.toString(s.totals.classes),
                                   locale.toString(s.totals.train), locale.toString(s.totals.val)));
    else
        heading_->setText(tr("<b>%1</b><br>%2 layout: %3 species, %4 train, %5 val "
                             "and %6 test images")
                              .arg(root, QString::fromStdString(s.layoutTitle),
                                   locale.toString(s.totals.classes),
                                   locale.toString(s.totals.train), locale.toString(s.totals.val),
                                   locale.toString(s.testImages)));
    if (s.derivedSplit.active())
        heading_->setText(heading_->text() + QStringLiteral("<br>") +
                          tr("Val drawn from the one folder: %1% of each class, seed %2")
                              .arg(locale.toString(100 * s.derivedSplit.valFraction, 'g', 3))
                              .arg(s.derivedSplit.seed));
    QStringList buckets;
    for (const auto& b : s.buckets)
        buckets << tr("%1-%2: %3").arg(b.lo).arg(b.hi - 1).arg(locale.toString(b.species));
    tail_->setText(tr("Train images per species: min %1, median %2, max %3. Species per "
                      "training-count bucket: %4")
                       .arg(locale.toString(s.minTrain), locale.toString(s.medianTrain, 'g', 6),
                            locale.toString(s.maxTrain), buckets.join(QStringLiteral(", "))));
}

void SummaryPanel::fillFindings() {
    {
        const QSignalBlocker block(findings_);
        findings_->clear();
    }
    nearRow_ = -1;
    showFinding(-1);
    // With nothing found there is nothing to list: the message needs one line, not a pane.
    const bool found = data_ && (!data_->stats.checks.findings.empty() || near_);
    itemsBox_->setVisible(found);
    // On the list, not its splitter: a splitter derives its own limits from its children.
    findings_->setMaximumHeight(found ? QWIDGETSIZE_MAX : 3 * fontMetrics().height() + 12);
    if (!data_) return;
    const auto& s = data_->stats;
    if (s.checks.findings.empty() && !data_->testPending) {
        findings_->addItem(tr("All checks passed (%1)").arg(QString::fromStdString([&] {
            std::string run;
            for (const auto& c : s.checks.checksRun)
                run += (run.empty() ? "" : ", ") + c;
            return run;
        }())));
    }
    for (const auto& f : s.checks.findings) {
        auto* item =
            new QListWidgetItem(QStringLiteral("[%1] %2").arg(QString::fromStdString(f.severity),
                                                              QString::fromStdString(f.message)),
                                findings_);
        item->setForeground(f.severity == "error" ? QColor(200, 40, 40) : QColor(180, 120, 0));
    }
    addNearDuplicateRow();
    // Last, so that rows above keep matching the findings' indices.
    if (data_->testPending)
        findings_->addItem(tr("The split checks run once the test split is read."));
}
