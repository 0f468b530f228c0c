#include "views/maps/MapPanel.h"
#include "state/RankLabels.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "views/maps/MapColors.h"
#include "views/maps/MonthHistogram.h"
#include "views/maps/WorldMap.h"

MapPanel::MapPanel(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      facts_(new QLabel(this)),
      map_(new WorldMap(this)),
      months_(new MonthHistogram(this)),
      split_(new QSplitter(Qt::Horizontal, this)),
      showTrain_(new QCheckBox(tr("Train photos"), this)),
      showVal_(new QCheckBox(tr("Val photos"), this)) {
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    title_->setFont(big);
    title_->setTextFormat(Qt::PlainText);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts_->setWordWrap(true);
    facts_->setTextFormat(Qt::RichText);
    split_->addWidget(map_);
    split_->addWidget(months_);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 1);
    split_->setChildrenCollapsible(false);
    for (QCheckBox* box : {showTrain_, showVal_}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { updateScene(false); });
    }
    auto* row = new QHBoxLayout;
    row->addWidget(facts_, 1);
    row->addWidget(showTrain_);
    row->addWidget(showVal_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(row);
    layout->addWidget(split_, 1);
    map_->setEmptyText(tr("Choose a taxon in the tree to see where it was photographed"));
    connect(&watcher_, &QFutureWatcher<TaxonObservations>::finished, this, &MapPanel::finished);
}

MapPanel::~MapPanel() {
    watcher_.waitForFinished();  // the job reads the dataset this panel shares
}

void MapPanel::setDataset(std::shared_ptr<const LoadedDataset> data, bool keepState) {
    data_ = std::move(data);
    if (keepState) return;
    pending_ = false;
    map_->setScene(nullptr);
    map_->setEmptyText(data_ && !data_->dataset.hasLocations
                           ? tr("This dataset has no locations file: nothing to map")
                           : tr("Choose a taxon in the tree to see where it was photographed"));
    if (data_) showTaxon(taxa::Taxonomy::root());
}

void MapPanel::showTaxon(int32_t taxon) {
    if (!data_ || taxon < 0 || taxon >= data_->taxonomy.size()) return;
    const taxa::TaxonNode& n = data_->taxonomy.node(taxon);
    const QString name =
        taxon == taxa::Taxonomy::root() ? tr("All taxa") : QString::fromStdString(n.name);
    const QString title =
        taxon == taxa::Taxonomy::root()
            ? name
            : QStringLiteral("%1 (%2)").arg(name, rankLabel(static_cast<int>(n.rank)));
    request(title, classesUnder(data_->taxonomy, taxon));
}

void MapPanel::showSupercategory(int index) {
    if (!data_ || index < 0 || index >= static_cast<int>(data_->taxonomy.supercategories().size()))
        return;
    const QString name =
        QString::fromStdString(data_->taxonomy.supercategories()[static_cast<size_t>(index)]);
    request(tr("%1 (supercategory)").arg(name), classesOfSupercategory(data_->taxonomy, index));
}

bool MapPanel::isGathering() const {
    return watcher_.isRunning() || pending_;
}

void MapPanel::request(const QString& title, std::vector<int32_t> classes) {
    pending_ = true;
    pendingTitle_ = title;
    pendingClasses_ = std::move(classes);
    startPending();
}

void MapPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    startPending();
}

void MapPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The world is twice as wide as tall: the histogram goes beside the map where that leaves
    // the map taller than it would be with the histogram under it.
    const int w = split_->width(), h = split_->height(), side = months_->sizeHint().width();
    const int besideHeight = std::min(h, (w - side) / 2);
    const int belowHeight = std::min(h - months_->sizeHint().height(), w / 2);
    const Qt::Orientation o = besideHeight >= belowHeight ? Qt::Horizontal : Qt::Vertical;
    if (o == split_->orientation()) return;
    split_->setOrientation(o);
    split_->setSizes(o == Qt::Horizontal ? QList<int>{w - side, side}
                                         : QList<int>{h - months_->sizeHint().height(),
                                                      months_->sizeHint().height()});
}

void MapPanel::startPending() {
    // Hidden panels gather nothing: the tree's selection may change many times before the
    // map is looked at.
    if (!pending_ || !data_ || !isVisible() || watcher_.isRunning()) return;
    pending_ = false;
    runningTitle_ = pendingTitle_;
    auto data = data_;
    watcher_.setFuture(QtConcurrent::run(
        [data, classes = std::move(pendingClasses_)] { return observationsOf(*data, classes); }));
}

void MapPanel::finished() {
    if (pending_) {  // the selection moved on meanwhile
        startPending();
        return;
    }
    shown_ = watcher_.result();
    const TaxonObservations& o = shown_;
    const QLocale locale;
    auto count = [&](int64_t n) { return locale.toString(static_cast<qlonglong>(n)); };
    title_->setText(runningTitle_);
    QString facts = tr("%1 train and %2 val photos with a place")
                        .arg(count(static_cast<int64_t>(o.lon[0].size())),
                             count(static_cast<int64_t>(o.lon[1].size())));
    const int64_t unlocated = o.unlocated[0] + o.unlocated[1];
    if (unlocated) facts += tr("; %1 without one").arg(count(unlocated));
    const int64_t undated = o.undated[0] + o.undated[1];
    if (undated) facts += tr("; %1 without a date").arg(count(undated));
    facts_->setText(facts + QStringLiteral(". <span style=\"color:gray\">") +
                    tr("Drag to pan, scroll to zoom, double-click to fit.") +
                    QStringLiteral("</span>"));
    updateScene(true);
    months_->setCounts(o.months[0], o.months[1]);
    emit observationsShown();
}

void MapPanel::updateScene(bool fit) {
    auto scene = std::make_shared<MapScene>();
    if (showTrain_->isChecked())
        scene->push_back(
            {tr("train"), mapTrainColor(), MapLayer::Dot, shown_.lon[0], shown_.lat[0]});
    if (showVal_->isChecked())
        scene->push_back({tr("val"), mapValColor(), MapLayer::Ring, shown_.lon[1], shown_.lat[1]});
    map_->setScene(std::move(scene), fit);
}
